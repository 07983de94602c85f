import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelsBefore } from '@shared/calc/assessmentHistory';
import type { AssessmentDetail, AssessmentSource } from '@shared/domain/assessments';
import { assessmentSources } from '@shared/domain/constants';
import type { ModelDetail } from '@shared/domain/models';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useFormError } from '../../components/useFormError';
import { formatDay, formatNumber, today } from '../../format';
import { useAssessmentStore } from '../../stores/assessmentStore';
import { useRouteStore } from '../../stores/routeStore';
import { useLanguage, useSettingsStore } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { AssessmentGrid } from './AssessmentGrid';
import {
  changedFields,
  draftOf,
  isDirty,
  scoresChanged,
  scoresOf,
  withLevel,
  withPreviousLevels,
  type AssessmentDraft,
} from './draft';
import { dimensionsByAxis } from './modelParts';

/** One assessment in the grid: new, or a saved one to correct. */
export function AssessmentEditor({
  teamId,
  model,
  assessments,
  assessment,
  activeId,
  onActive,
}: {
  teamId: string;
  model: ModelDetail;
  assessments: readonly AssessmentDetail[];
  /** Undefined for a new assessment. */
  assessment: AssessmentDetail | undefined;
  activeId: string | null;
  onActive: (dimensionId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const userName = useSettingsStore((state) => state.settings?.userName ?? '');
  const create = useAssessmentStore((state) => state.create);
  const update = useAssessmentStore((state) => state.update);
  const setScores = useAssessmentStore((state) => state.setScores);
  const reload = useAssessmentStore((state) => state.reload);
  const navigate = useRouteStore((state) => state.navigate);
  const [saved] = useState(() => draftOf(assessment, { today: today(), assessor: userName }));
  const [draft, setDraft] = useState<AssessmentDraft>(saved);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const formError = useFormError();

  const previous = levelsBefore(assessments, draft.date, assessment?.id);
  const shownIds = dimensionsByAxis(model).flatMap(({ dimensions }) => dimensions.map((d) => d.id));
  const ratedCount = Object.keys(draft.levels).length;
  const dirty = isDirty(draft, saved);
  const canSave = ratedCount > 0 && (dirty || assessment === undefined) && !saving;
  const canFill = shownIds.some((id) => draft.levels[id] === undefined && previous.has(id));

  const change = (patch: Partial<AssessmentDraft>) => {
    formError.clear();
    setDraft((current) => ({ ...current, ...patch }));
  };

  const save = async () => {
    if (!canSave) return;
    setSaving(true);
    formError.clear();
    try {
      let id = assessment?.id;
      if (id === undefined) {
        const { date, source, assessor, note } = draft;
        ({ id } = await create({
          teamId,
          modelId: model.id,
          date,
          source,
          assessor,
          note,
          scores: scoresOf(draft),
        }));
      } else {
        const patch = changedFields(draft, saved);
        if (Object.keys(patch).length > 0) await update({ id, patch });
        if (scoresChanged(draft, saved)) await setScores({ assessmentId: id, scores: scoresOf(draft) });
      }
      // The list must hold the saved assessment before the grid shows it.
      await reload();
      showSuccess(t('assess.saved', { date: formatDay(draft.date, language) }));
      navigate('assess', { id: teamId, model: model.id, assessment: id });
    } catch (caught) {
      formError.fail(caught);
      setSaving(false);
    }
  };

  return (
    <form
      className="assess-editor"
      aria-label={
        assessment
          ? t('assess.editLabel', { date: formatDay(assessment.date, language) })
          : t('assess.newLabel')
      }
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="card assess-editor__fields">
        <Field label={t('assess.fields.date')} required invalid={formError.invalid('date')}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.date}
              onChange={(e) => change({ date: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('assess.fields.source')}>
          {(props) => (
            <select
              {...props}
              value={draft.source}
              onChange={(e) => change({ source: e.target.value as AssessmentSource })}
            >
              {assessmentSources.map((source) => (
                <option key={source} value={source}>
                  {t(`assess.sources.${source}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('assess.fields.assessor')} invalid={formError.invalid('assessor')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.assessor}
              placeholder={t('assess.assessorPlaceholder')}
              onChange={(e) => change({ assessor: e.target.value })}
            />
          )}
        </Field>
      </div>

      <p className="assess-editor__keys muted small" id="assess-keys">
        {t('assess.keys')}
      </p>
      <AssessmentGrid
        model={model}
        draft={draft}
        previous={previous}
        activeId={activeId}
        onActive={onActive}
        onLevel={(dimensionId, level) => change({ levels: withLevel(draft, dimensionId, level).levels })}
        onEvidence={(dimensionId, text) => change({ evidence: { ...draft.evidence, [dimensionId]: text } })}
      />

      <Field label={t('assess.fields.note')} invalid={formError.invalid('note')}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.note}
            placeholder={t('assess.notePlaceholder')}
            onChange={(e) => change({ note: e.target.value })}
          />
        )}
      </Field>

      {formError.message && <ErrorAlert>{formError.message}</ErrorAlert>}
      <div className="assess-editor__footer">
        <button type="submit" className="button button--primary" aria-disabled={!canSave}>
          <Icon name="check" />
          {saving ? t('common.saving') : t('assess.save')}
        </button>
        {canFill && (
          <button
            type="button"
            className="button"
            onClick={() => change({ levels: withPreviousLevels(draft, previous, shownIds).levels })}
          >
            {t('assess.fillPrevious')}
          </button>
        )}
        <span className="assess-editor__status" role="status">
          {t('assess.ratedCount', {
            rated: formatNumber(ratedCount, language),
            count: shownIds.length,
            total: formatNumber(shownIds.length, language),
          })}
          {dirty && assessment && <span className="assess-editor__dirty"> · {t('assess.unsaved')}</span>}
        </span>
        {assessment && (
          <button
            type="button"
            className="button button--quiet assess-editor__delete"
            onClick={() => setDeleting(true)}
          >
            <Icon name="trash" />
            {t('assess.delete')}
          </button>
        )}
      </div>
      {deleting && assessment && (
        <DeleteAssessmentDialog
          assessment={assessment}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate('assess', { id: teamId, model: model.id })}
        />
      )}
    </form>
  );
}

function DeleteAssessmentDialog({
  assessment,
  onClose,
  onDeleted,
}: {
  assessment: AssessmentDetail;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const remove = useAssessmentStore((state) => state.remove);
  const formError = useFormError();
  const date = formatDay(assessment.date, language);

  const confirm = async () => {
    try {
      await remove(assessment.id);
      showSuccess(t('assess.deleted', { date }));
      onClose();
      onDeleted();
    } catch (caught) {
      formError.fail(caught);
    }
  };

  return (
    <Dialog title={t('assess.deleteTitle', { date })} onClose={onClose} size="small">
      <div className="dialog__body">
        <p>{t('assess.deleteText', { count: assessment.scores.length })}</p>
        {formError.message && <ErrorAlert>{formError.message}</ErrorAlert>}
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()}>
          {t('assess.deleteConfirm')}
        </button>
      </DialogFooter>
    </Dialog>
  );
}

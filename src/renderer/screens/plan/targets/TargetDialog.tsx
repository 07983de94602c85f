import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import type { PlanDetail, Target } from '@shared/domain/plans';
import { FormDialog } from '../../../components/FormDialog';
import { Field } from '../../../components/Field';
import { TextField } from '../../../components/TextField';
import { useSubmit } from '../../../components/useSubmit';
import { formatDay, localName } from '../../../format';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { useLanguage } from '../../../stores/settingsStore';
import { showSuccess } from '../../../stores/toastStore';
import { levelName } from '../modelText';

/**
 * Sets the target of one dimension, or edits or removes it. A new target starts from the level the team
 * is at (else the bottom of the scale), one level up, by the end of the plan.
 */
export function TargetDialog({
  plan,
  model,
  dimension,
  target,
  onClose,
}: {
  plan: PlanDetail;
  model: ModelDetail;
  dimension: Dimension;
  target: Target | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const createTarget = usePlanDetailStore((state) => state.createTarget);
  const updateTarget = usePlanDetailStore((state) => state.updateTarget);
  const deleteTarget = usePlanDetailStore((state) => state.deleteTarget);
  const current = plan.currentLevels.find((c) => c.dimensionId === dimension.id) ?? null;
  const values = model.levels.map((level) => level.value);
  const startLevel = current?.level ?? values[0] ?? 0;
  const [baseline, setBaseline] = useState(target?.baselineLevel ?? startLevel);
  const [level, setLevel] = useState(
    target?.targetLevel ?? values.find((value) => value > startLevel) ?? startLevel,
  );
  const [targetDate, setTargetDate] = useState(target?.targetDate ?? plan.endDate);
  const [rationale, setRationale] = useState(target?.rationale ?? '');
  const name = localName(dimension, language);
  const fields = { baselineLevel: baseline, targetLevel: level, targetDate, rationale };

  const save = useSubmit(async () => {
    if (target) await updateTarget({ id: target.id, patch: fields });
    else await createTarget({ planId: plan.id, dimensionId: dimension.id, ...fields });
    showSuccess(t(target ? 'planTargets.saved' : 'planTargets.created', { name }));
    onClose();
  });
  const remove = useSubmit(async () => {
    if (!target) return;
    await deleteTarget(target.id);
    showSuccess(t('planTargets.removed', { name }));
    onClose();
  });
  const error = remove.error.message ? remove.error : save.error;

  const levelSelect = (value: number, onChange: (value: number) => void) => (props: object) => (
    <select {...props} value={value} onChange={(event) => onChange(Number(event.target.value))}>
      {model.levels.map((l) => (
        <option key={l.id} value={l.value}>
          {levelName(model, l.value, language)}
        </option>
      ))}
    </select>
  );

  return (
    <FormDialog
      title={target ? t('planTargets.editTitle', { name }) : t('planTargets.setTitle', { name })}
      onClose={onClose}
      form={save}
      message={error.message}
      submitLabel={target ? t('common.save') : t('planTargets.setTarget')}
      removal={
        target
          ? {
              label: t('planTargets.remove'),
              question: t('planTargets.removeQuestion'),
              keepLabel: t('planTargets.keep'),
              confirmLabel: t('planTargets.removeConfirm'),
              busy: remove.busy,
              onConfirm: () => void remove.submit(),
            }
          : undefined
      }
    >
      <p className="target-dialog__current">
        {current
          ? t('planTargets.currentIs', {
              level: levelName(model, current.level, language),
              date: formatDay(current.date, language),
            })
          : t('planTargets.currentUnknown')}
      </p>
      <div className="form-row">
        <Field label={t('fields.baselineLevel')} invalid={error.invalid('baselineLevel')}>
          {levelSelect(baseline, setBaseline)}
        </Field>
        <Field label={t('fields.targetLevel')} invalid={error.invalid('targetLevel')}>
          {levelSelect(level, setLevel)}
        </Field>
      </div>
      {level <= baseline && <p className="field__hint">{t('planTargets.notAboveBaseline')}</p>}
      <TextField
        label={t('fields.targetDate')}
        type="date"
        value={targetDate}
        onChange={setTargetDate}
        required
        invalid={error.invalid('targetDate')}
        hint={t('planTargets.dateHint', { end: formatDay(plan.endDate, language) })}
        className="field--narrow"
      />
      <TextField
        label={t('fields.rationale')}
        value={rationale}
        onChange={setRationale}
        multiline
        rows={2}
        invalid={error.invalid('rationale')}
        placeholder={t('planTargets.rationalePlaceholder')}
      />
    </FormDialog>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyPage, SurveyStepOptions } from '@shared/domain/surveys';
import { asApiError, call, type ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { describeError } from '../../errors';
import { formatDay, formatNumber, formatPeriod, localName } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { formatGap, formatScore } from './surveyWords';

/** The gap a step is to close: a dimension's or an item's, with the figures behind it. */
export interface GapSubject {
  kind: 'dimension' | 'item';
  /** The dimension's name, or the item's number (`Q10`). */
  name: string;
  /** The item's wording; empty for a dimension. */
  text: string;
  dimensionName: string;
  gap: number;
  expectation: number;
  perception: number;
  respondents: number;
}

/** Titles are at most 200 characters; an item's wording is cut to leave room for the words around it. */
const shortened = (text: string, length = 120) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/**
 * Creates a small step in one of the team's plans from a negative gap, on the plan's user-satisfaction
 * target when it has one (else on the target or dimension the user picks), prefilled with the gap.
 */
export function GapStepDialog({
  page,
  subject,
  onClose,
}: {
  page: SurveyPage;
  subject: GapSubject;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { survey } = page;
  const [options, setOptions] = useState<SurveyStepOptions | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // The plan and the link (`target:<id>`, `dimension:<id>` or '' for neither) the user chose; until then
  // the first plan, on its suggested target.
  const [choice, setChoice] = useState<{ planId: string; link: string } | null>(null);
  const [title, setTitle] = useState(() =>
    subject.kind === 'dimension'
      ? t('survey.step.titleDimension', { name: subject.name })
      : t('survey.step.titleItem', { item: subject.name, text: shortened(subject.text) }),
  );
  const [description, setDescription] = useState(() =>
    [
      t('survey.step.descriptionCampaign', {
        title: survey.title,
        period: formatPeriod(survey.periodStart, survey.periodEnd, language),
      }),
      t(subject.kind === 'dimension' ? 'survey.step.descriptionDimension' : 'survey.step.descriptionItem', {
        name: subject.name,
        text: subject.text,
        dimension: subject.dimensionName,
        gap: formatGap(subject.gap, language),
        expectation: formatScore(subject.expectation, language),
        perception: formatScore(subject.perception, language),
        respondents: formatNumber(subject.respondents, language),
        min: survey.scaleMin,
        max: survey.scaleMax,
      }),
    ].join('\n'),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    call('survey.stepOptions', { surveyId: survey.id }).then(
      (loaded) => current && setOptions(loaded),
      (caught: unknown) => current && setLoadError(asApiError(caught)),
    );
    return () => {
      current = false;
    };
  }, [survey.id]);

  const plan = options?.plans.find((p) => p.id === choice?.planId) ?? options?.plans[0];
  const suggested = (p: SurveyStepOptions['plans'][number]) =>
    p.suggestedTargetId ? `target:${p.suggestedTargetId}` : '';
  const link = choice?.link ?? (plan ? suggested(plan) : '');
  const dimensionOf = new Map(plan?.dimensions.map((d) => [d.id, d]));
  const targetLabel = (target: { dimensionId: string; targetLevel: number; targetDate: string }) =>
    t('survey.step.targetOption', {
      dimension: localName(dimensionOf.get(target.dimensionId) ?? { name: '' }, language),
      level: target.targetLevel,
      date: formatDay(target.targetDate, language),
    });
  const satisfactionTargets =
    plan?.targets.filter((target) => dimensionOf.get(target.dimensionId)?.satisfaction) ?? [];
  const otherTargets =
    plan?.targets.filter((target) => !dimensionOf.get(target.dimensionId)?.satisfaction) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !plan) return;
    setBusy(true);
    setError(null);
    const [kind, id = null] = link.split(':');
    try {
      const step = await call('step.create', {
        planId: plan.id,
        title,
        description,
        targetId: kind === 'target' ? id : null,
        dimensionId: kind === 'dimension' ? id : null,
      });
      showSuccess(t('survey.step.created', { title: step.title, plan: plan.title }));
      onClose();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  const noPlan = options !== null && options.plans.length === 0;
  return (
    <Dialog title={t('survey.step.title')} onClose={onClose}>
      <form className="dialog__body form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="gap-subject">
          {t('survey.step.gapLine', {
            name: subject.text
              ? t('survey.step.quotedItem', { item: subject.name, text: subject.text })
              : subject.name,
            gap: formatGap(subject.gap, language),
          })}
        </p>
        {loadError && <ErrorAlert>{describeError(loadError, t)}</ErrorAlert>}
        {error && <ErrorAlert>{describeError(error, t)}</ErrorAlert>}
        <Field label={t('fields.title')} required invalid={error?.field === 'title'}>
          {(props) => (
            <input
              {...props}
              data-autofocus
              type="text"
              maxLength={200}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('survey.step.description')}>
          {(props) => (
            <textarea
              {...props}
              rows={5}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        {options === null && !loadError && <p className="loading">{t('common.loading')}</p>}
        {noPlan && (
          <div className="gap-step__no-plan">
            <p>{t('survey.step.noPlan', { team: page.team.name })}</p>
            <a className="button" href={hashOf('plans', { team: page.team.id })}>
              {t('survey.step.goToPlans')}
            </a>
          </div>
        )}
        {plan && options && (
          <>
            <Field label={t('survey.step.plan')} required>
              {(props) => (
                <select
                  {...props}
                  value={plan.id}
                  onChange={(event) => {
                    const chosen = options.plans.find((p) => p.id === event.target.value);
                    if (chosen) setChoice({ planId: chosen.id, link: suggested(chosen) });
                  }}
                >
                  {options.plans.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('survey.step.planOption', { title: p.title, status: t(`status.plan.${p.status}`) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('survey.step.target')}
              hint={
                plan.suggestedTargetId ? t('survey.step.targetHint') : t('survey.step.noSatisfactionTarget')
              }
            >
              {(props) => (
                <select
                  {...props}
                  value={link}
                  onChange={(event) => setChoice({ planId: plan.id, link: event.target.value })}
                >
                  <option value="">{t('survey.step.noLink')}</option>
                  {satisfactionTargets.length > 0 && (
                    <optgroup label={t('survey.step.satisfactionTargets')}>
                      {satisfactionTargets.map((target) => (
                        <option key={target.id} value={`target:${target.id}`}>
                          {targetLabel(target)}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {otherTargets.length > 0 && (
                    <optgroup label={t('survey.step.otherTargets')}>
                      {otherTargets.map((target) => (
                        <option key={target.id} value={`target:${target.id}`}>
                          {targetLabel(target)}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  <optgroup label={t('survey.step.dimensionsWithoutTarget')}>
                    {[...plan.dimensions]
                      .filter((d) => !plan.targets.some((target) => target.dimensionId === d.id))
                      .sort((a, b) => Number(b.satisfaction) - Number(a.satisfaction))
                      .map((d) => (
                        <option key={d.id} value={`dimension:${d.id}`}>
                          {t('survey.step.dimensionOption', {
                            dimension: localName(d, language),
                            axis: localName({ name: d.axisName, nameFr: d.axisNameFr }, language),
                          })}
                        </option>
                      ))}
                  </optgroup>
                </select>
              )}
            </Field>
          </>
        )}
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {!noPlan && (
            <button type="submit" className="button button--primary" aria-disabled={busy || !plan}>
              {busy ? t('common.saving') : t('survey.step.create')}
            </button>
          )}
        </DialogFooter>
      </form>
    </Dialog>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tooBigReasons } from '@shared/calc/steps';
import type { PlanDetail, Step } from '@shared/domain/plans';
import { FormDialog } from '../../../components/FormDialog';
import { Icon } from '../../../components/Icon';
import { useSubmit } from '../../../components/useSubmit';
import { useLanguage } from '../../../stores/settingsStore';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { showSuccess } from '../../../stores/toastStore';
import { effortText } from './stepText';
import { TooBigReasons } from './TooBigReasons';

/** The most parts a step splits into, as the core allows. */
const maxParts = 10;

/**
 * Splits a step too big for the small-step rule into smaller ones: the step keeps the first title, the
 * others become new steps beside it, and the effort is shared between them.
 */
export function SplitStepDialog({
  step,
  plan,
  onClose,
}: {
  step: Step;
  plan: PlanDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const splitStep = usePlanDetailStore((state) => state.splitStep);
  const [parts, setParts] = useState([step.title, '']);
  const list = useRef<HTMLOListElement>(null);
  const reasons = tooBigReasons(step, plan);
  const share = step.effortDays === null ? null : Math.round((step.effortDays / parts.length) * 4) / 4;

  const setPart = (index: number, title: string) =>
    setParts((current) => current.map((part, i) => (i === index ? title : part)));
  const focusPart = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll('input')[index]?.focus());
  const addPart = () => {
    if (parts.length >= maxParts) return;
    setParts((current) => [...current, '']);
    focusPart(parts.length);
  };
  const removePart = (index: number) => {
    setParts((current) => current.filter((_, i) => i !== index));
    focusPart(Math.max(0, index - 1));
  };

  const submission = useSubmit(async () => {
    const created = await splitStep(step.id, parts);
    showSuccess(t('planSteps.splitDone', { title: step.title, count: created.length }));
    onClose();
  });
  const { error } = submission;

  return (
    <FormDialog
      title={t('planSteps.splitTitle', { title: step.title })}
      onClose={onClose}
      form={submission}
      submitLabel={t('planSteps.splitConfirm', { count: parts.length })}
    >
      {reasons.length > 0 && (
        <div className="too-big-notice">
          <Icon name="alert" />
          <div>
            <p className="strong">{t('planSteps.tooBig')}</p>
            <TooBigReasons reasons={reasons} plan={plan} />
          </div>
        </div>
      )}
      <p>{t('planSteps.splitIntro')}</p>
      {reasons.includes('span') && <p className="field__hint">{t('planSteps.splitSpanHint')}</p>}
      <ol className="list-editor__items" ref={list}>
        {parts.map((part, index) => (
          <li key={index} className="list-editor__row">
            <label className="visually-hidden" htmlFor={`split-part-${index}`}>
              {t('planSteps.partLabel', { number: index + 1 })}
            </label>
            <span className="split-parts__number" aria-hidden="true">
              {index + 1}
            </span>
            <input
              id={`split-part-${index}`}
              type="text"
              value={part}
              maxLength={200}
              data-autofocus={index === 1 || undefined}
              aria-invalid={error.invalid('titles') && part.trim() === '' ? true : undefined}
              placeholder={t('planSteps.partPlaceholder')}
              onChange={(event) => setPart(index, event.target.value)}
            />
            {parts.length > 2 && (
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={t('planSteps.removePart', { number: index + 1 })}
                onClick={() => removePart(index)}
              >
                <Icon name="close" />
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="split-parts__footer">
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={parts.length >= maxParts}
          onClick={addPart}
        >
          <Icon name="plus" />
          {t('planSteps.addPart')}
        </button>
        {share !== null && (
          <span className="muted small">
            {t('planSteps.effortShare', { effort: effortText(t, share, language) })}
          </span>
        )}
      </div>
    </FormDialog>
  );
}

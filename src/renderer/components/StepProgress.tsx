import { useTranslation } from 'react-i18next';

/** Steps done out of the plan's steps (dropped ones left out), as a bar with the figures beside it. */
export function StepProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  const label = total === 0 ? t('progress.noSteps') : t('progress.steps', { done, total });
  return (
    <div className="step-progress" title={label}>
      <progress className="step-progress__bar" value={done} max={Math.max(total, 1)} aria-label={label} />
      <span className="step-progress__figures" aria-hidden="true">
        {t('progress.stepsShort', { done, total })}
      </span>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { TooBigReason } from '@shared/calc/steps';
import type { StepLimits } from '@shared/calc/steps';
import { formatNumber } from '../../../format';
import { useLanguage } from '../../../stores/settingsStore';

/** Why the small-step rule finds a step too big, against the plan's own limits. */
export function TooBigReasons({ reasons, plan }: { reasons: readonly TooBigReason[]; plan: StepLimits }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="too-big-reasons">
      {reasons.map((reason) => (
        <li key={reason}>
          {reason === 'effort'
            ? t('planSteps.reason.effort', { limit: formatNumber(plan.maxStepEffortDays, language) })
            : t('planSteps.reason.span', { limit: formatNumber(plan.maxStepSpanDays, language) })}
        </li>
      ))}
    </ul>
  );
}

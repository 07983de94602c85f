import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '@shared/domain/plans';
import { PlanStatusBadge } from '../../components/Badges';
import { StepProgress } from '../../components/StepProgress';
import { Truncate } from '../../components/Text';
import { formatPeriod } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { teamAndClient } from '../../i18n/labels';

/** One active plan on the home dashboard. */
export function PlanCard({ plan, colour }: { plan: PlanSummary; colour: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const team = teamAndClient(t, plan.teamName, plan.client);
  return (
    <li className="plan-card">
      <span className="plan-card__stripe" style={{ backgroundColor: colour }} aria-hidden="true" />
      <div className="plan-card__top">
        <Truncate text={team} className="plan-card__team" />
        <PlanStatusBadge status={plan.status} />
      </div>
      <h3 className="plan-card__title clamp-2" title={plan.title}>
        <a href={hashOf('plan', { id: plan.id })}>{plan.title}</a>
      </h3>
      <p className="plan-card__period">{formatPeriod(plan.startDate, plan.endDate, language)}</p>
      <StepProgress done={plan.doneStepCount} total={plan.stepCount} />
    </li>
  );
}

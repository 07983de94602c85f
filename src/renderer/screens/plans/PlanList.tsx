import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '@shared/domain/plans';
import type { TeamSummary } from '@shared/domain/teams';
import { Icon } from '../../components/Icon';
import { StepProgress } from '../../components/StepProgress';
import { Swatch, Truncate } from '../../components/Text';
import { formatPeriod, localName } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { teamById } from '../../stores/teamStore';
import { PlanStatusSelect } from './PlanStatusSelect';
import { teamAndClient } from '../../i18n/labels';

export function PlanList({ plans, teams }: { plans: readonly PlanSummary[]; teams: readonly TeamSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-card">
      <table className="table" aria-label={t('plans.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('plans.columns.plan')}</th>
            <th scope="col" className="col-model">
              {t('plans.columns.model')}
            </th>
            <th scope="col" className="col-status">
              {t('plans.columns.status')}
            </th>
            <th scope="col" className="col-period">
              {t('plans.columns.period')}
            </th>
            <th scope="col" className="col-progress">
              {t('plans.columns.steps')}
            </th>
            <th scope="col" className="col-workshop">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => {
            const colour = teamById(teams, plan.teamId)?.colour ?? '#8a94a6';
            return (
              <tr key={plan.id}>
                <th scope="row">
                  <div className="stacked">
                    <a href={hashOf('plan', { id: plan.id })} className="clamp-2 strong" title={plan.title}>
                      {plan.title}
                    </a>
                    <span className="team-name muted small">
                      <Swatch colour={colour} size="small" />
                      <Truncate text={teamAndClient(t, plan.teamName, plan.client)} />
                    </span>
                  </div>
                </th>
                <td className="col-model">
                  <Truncate text={localName({ name: plan.modelName, nameFr: plan.modelNameFr }, language)} />
                </td>
                <td className="col-status">
                  <PlanStatusSelect plan={plan} />
                </td>
                <td className="col-period">{formatPeriod(plan.startDate, plan.endDate, language)}</td>
                <td className="col-progress">
                  <StepProgress done={plan.doneStepCount} total={plan.stepCount} />
                </td>
                <td className="col-workshop">
                  {plan.status !== 'completed' && plan.status !== 'cancelled' && (
                    <a
                      className="icon-button"
                      href={hashOf('workshop', { id: plan.id })}
                      aria-label={t('workshop.startOn', { title: plan.title })}
                      title={t('workshop.startWorkshop')}
                    >
                      <Icon name="workshop" />
                    </a>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

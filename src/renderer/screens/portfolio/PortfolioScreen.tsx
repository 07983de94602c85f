import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanStatusBadge } from '../../components/Badges';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { StepProgress } from '../../components/StepProgress';
import { TeamName, Truncate } from '../../components/Text';
import { formatNumber, formatPeriod } from '../../format';
import { doneStepCount, plansOfTeam, stepCount, targetCount, usePlanStore } from '../../stores/planStore';
import { hashOf } from '../../stores/routeStore';
import { useLanguage } from '../../stores/settingsStore';
import { activeTeams, useTeamStore } from '../../stores/teamStore';

/** Every active team with its plans, their statuses and how far their steps have come. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const plans = usePlanStore((state) => state.plans);
  const planStatus = usePlanStore((state) => state.status);
  const planError = usePlanStore((state) => state.error);
  const loadPlans = usePlanStore((state) => state.load);
  const teams = useTeamStore((state) => state.teams);
  const teamStatus = useTeamStore((state) => state.status);
  const teamError = useTeamStore((state) => state.error);
  const loadTeams = useTeamStore((state) => state.load);

  useEffect(() => {
    void loadPlans();
    void loadTeams();
  }, [loadPlans, loadTeams]);

  const shownTeams = activeTeams(teams);

  return (
    <>
      <PageHeader title={t('portfolio.title')} subtitle={t('portfolio.subtitle')} />
      <LoadState
        parts={[
          { status: planStatus, error: planError },
          { status: teamStatus, error: teamError },
        ]}
        onRetry={() => {
          void loadPlans();
          void loadTeams();
        }}
      >
        {() =>
          shownTeams.length === 0 ? (
            <EmptyState
              icon="portfolio"
              title={t('portfolio.emptyTitle')}
              actions={
                <a className="button button--primary" href={hashOf('teams')}>
                  {t('portfolio.goToTeams')}
                </a>
              }
            >
              {t('portfolio.emptyText')}
            </EmptyState>
          ) : (
            <div className="table-card">
              <table className="table table--top" aria-label={t('portfolio.listLabel')}>
                <thead>
                  <tr>
                    <th scope="col" className="col-team">
                      {t('portfolio.columns.team')}
                    </th>
                    <th scope="col">{t('portfolio.columns.plans')}</th>
                    <th scope="col" className="col-number">
                      {t('portfolio.columns.targets')}
                    </th>
                    <th scope="col" className="col-progress">
                      {t('portfolio.columns.steps')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shownTeams.map((team) => {
                    const teamPlans = plansOfTeam(plans, team.id);
                    return (
                      <tr key={team.id}>
                        <th scope="row" className="col-team">
                          <div className="stacked">
                            <TeamName name={team.name} colour={team.colour} />
                            {team.client && (
                              <Truncate text={team.client} className="muted small indent-swatch" />
                            )}
                          </div>
                        </th>
                        <td>
                          {teamPlans.length > 0 ? (
                            <ul className="portfolio-plans">
                              {teamPlans.map((plan) => (
                                <li key={plan.id}>
                                  <PlanStatusBadge status={plan.status} />
                                  <div className="stacked">
                                    <Truncate text={plan.title} />
                                    <span className="muted small">
                                      {formatPeriod(plan.startDate, plan.endDate, language)}
                                    </span>
                                  </div>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <span className="muted">{t('portfolio.noPlan')}</span>
                          )}
                        </td>
                        <td className="col-number">{formatNumber(targetCount(teamPlans), language)}</td>
                        <td className="col-progress">
                          <StepProgress done={doneStepCount(teamPlans)} total={stepCount(teamPlans)} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </>
  );
}

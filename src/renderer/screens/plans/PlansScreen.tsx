import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceOf, planStatuses } from '@shared/domain/constants';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { filterPlans, usePlanStore } from '../../stores/planStore';
import { useRouteStore } from '../../stores/routeStore';
import { activeTeams, teamById, useTeamStore } from '../../stores/teamStore';
import { ImportPlanFileButton } from '../sharing/SharingButtons';
import { TeamDialog } from '../teams/TeamDialog';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanList } from './PlanList';

/** The improvement plans of all teams; the filters live in the address (`#/plans?team=…&status=…`). */
export function PlansScreen() {
  const { t } = useTranslation();
  const plans = usePlanStore((state) => state.plans);
  const planStatus = usePlanStore((state) => state.status);
  const planError = usePlanStore((state) => state.error);
  const loadPlans = usePlanStore((state) => state.load);
  const teams = useTeamStore((state) => state.teams);
  const teamStatus = useTeamStore((state) => state.status);
  const teamError = useTeamStore((state) => state.error);
  const loadTeams = useTeamStore((state) => state.load);
  const params = useRouteStore((state) => state.route.params);
  const navigate = useRouteStore((state) => state.navigate);
  const [dialog, setDialog] = useState<'plan' | 'team' | null>(null);
  const teamFilterId = useId();
  const statusFilterId = useId();

  useEffect(() => {
    void loadPlans();
    void loadTeams();
  }, [loadPlans, loadTeams]);

  const teamId = teamById(teams, params.team)?.id;
  const status = choiceOf(planStatuses, params.status);
  const setFilter = (filter: { team?: string | undefined; status?: string | undefined }) =>
    navigate('plans', { team: teamId, status, ...filter });

  const shown = filterPlans(plans, { teamId, status });
  const hasTeams = activeTeams(teams).length > 0;
  const filtered = teamId !== undefined || status !== undefined;

  const newPlanButton = hasTeams && (
    <button type="button" className="button button--primary" onClick={() => setDialog('plan')}>
      <Icon name="plus" />
      {t('plans.newPlan')}
    </button>
  );

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        subtitle={t('plans.subtitle')}
        actions={
          <>
            <ImportPlanFileButton />
            {newPlanButton}
          </>
        }
      />
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
          plans.length === 0 && !hasTeams ? (
            <EmptyState
              icon="teams"
              title={t('plans.noTeamTitle')}
              actions={
                <button type="button" className="button button--primary" onClick={() => setDialog('team')}>
                  <Icon name="plus" />
                  {t('home.createTeam')}
                </button>
              }
            >
              {t('plans.noTeamText')}
            </EmptyState>
          ) : plans.length === 0 ? (
            <EmptyState icon="plans" title={t('plans.emptyTitle')} actions={newPlanButton}>
              {t('plans.emptyText')}
            </EmptyState>
          ) : (
            <>
              <div className="toolbar">
                <div className="filter">
                  <label htmlFor={teamFilterId}>{t('plans.filterTeam')}</label>
                  <select
                    id={teamFilterId}
                    value={teamId ?? ''}
                    onChange={(event) => setFilter({ team: event.target.value || undefined })}
                  >
                    <option value="">{t('plans.allTeams')}</option>
                    {teams.map((team) => (
                      <option key={team.id} value={team.id}>
                        {team.archived ? `${team.name} (${t('common.archived')})` : team.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="filter">
                  <label htmlFor={statusFilterId}>{t('plans.filterStatus')}</label>
                  <select
                    id={statusFilterId}
                    value={status ?? ''}
                    onChange={(event) => setFilter({ status: event.target.value || undefined })}
                  >
                    <option value="">{t('plans.allStatuses')}</option>
                    {planStatuses.map((value) => (
                      <option key={value} value={value}>
                        {t(`status.plan.${value}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {filtered && (
                  <button type="button" className="button button--quiet" onClick={() => navigate('plans')}>
                    {t('plans.clearFilters')}
                  </button>
                )}
                <span className="toolbar__note" role="status">
                  {t('plans.count', { count: shown.length })}
                </span>
              </div>
              {shown.length > 0 ? (
                <PlanList plans={shown} teams={teams} />
              ) : (
                <EmptyState
                  icon="plans"
                  title={t('plans.noMatchTitle')}
                  actions={
                    <button type="button" className="button" onClick={() => navigate('plans')}>
                      {t('plans.clearFilters')}
                    </button>
                  }
                >
                  {t('plans.noMatchText')}
                </EmptyState>
              )}
            </>
          )
        }
      </LoadState>
      {dialog === 'plan' && <NewPlanDialog teamId={teamId} onClose={() => setDialog(null)} />}
      {dialog === 'team' && <TeamDialog onClose={() => setDialog(null)} />}
    </>
  );
}

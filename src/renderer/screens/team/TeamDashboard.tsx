import { lazy, Suspense, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { drawnMarks } from '@shared/marks';
import type { PlanDashboard, TeamDashboard as TeamDashboardData } from '@shared/domain/dashboards';
import { PlanStatusBadge } from '../../components/Badges';
import { DrawnMark } from '../../components/DrawnMark';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { usePlaceInView } from '../../components/inView';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { SatisfactionTile } from '../../components/SatisfactionTile';
import { formatDay, formatPeriod } from '../../format';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { useTeamDashboardStore } from '../../stores/teamDashboardStore';
import { MomentumTiles } from './MomentumTiles';
import { stallingReasons } from './stallingReasons';
import { TargetTable } from './TargetTable';

// The charts and their library load once the figures above them are drawn: parsing them first would
// hold up the dashboard's answer and the first view, which at a laptop's size shows no chart.
const PlanCharts = lazy(() => import('./PlanCharts').then(({ PlanCharts }) => ({ default: PlanCharts })));

/** Where a team stands against its plan's targets: figures, charts and forecasts (lazy-loaded). */
export default function TeamDashboard() {
  const { t } = useTranslation();
  const params = useRouteStore((state) => state.route.params);
  const dashboard = useTeamDashboardStore((state) => state.dashboard);
  const status = useTeamDashboardStore((state) => state.status);
  const error = useTeamDashboardStore((state) => state.error);
  const open = useTeamDashboardStore((state) => state.open);
  const load = useTeamDashboardStore((state) => state.load);
  const teamId = params.id;
  const planId = params.plan ?? null;

  useEffect(() => {
    if (teamId !== undefined) void open(teamId, planId);
  }, [open, teamId, planId]);

  // Until the team's dashboard lands, the one shown before is another team's: not shown.
  const shown = dashboard !== null && dashboard.team.id === teamId ? dashboard : null;
  if (teamId === undefined) {
    return (
      <>
        <PageHeader title={t('teamDashboard.title')} />
        <EmptyState
          icon="teams"
          title={t('teamDashboard.noTeamTitle')}
          actions={
            <a className="button button--primary" href={hashOf('teams')}>
              {t('teamDashboard.goToTeams')}
            </a>
          }
        >
          {t('teamDashboard.noTeamText')}
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <DashboardHeader dashboard={shown} />
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() => shown && <DashboardBody dashboard={shown} />}
      </LoadState>
    </>
  );
}

function DashboardHeader({ dashboard }: { dashboard: TeamDashboardData | null }) {
  const { t } = useTranslation();
  if (!dashboard) return <PageHeader title={t('teamDashboard.title')} />;
  const { team, plan } = dashboard;
  const subtitle = [team.client, team.serviceScope].filter(Boolean).join(' — ');
  return (
    <PageHeader
      title={team.name}
      subtitle={subtitle || undefined}
      actions={
        <>
          <a className="button" href={hashOf('assess', { id: team.id })}>
            <Icon name="rate" />
            {t('teamDashboard.rateTeam')}
          </a>
          {plan && (
            <a className="button button--primary" href={hashOf('plan', { id: plan.id })}>
              <Icon name="plans" />
              {t('teamDashboard.openPlan')}
            </a>
          )}
        </>
      }
    />
  );
}

function DashboardBody({ dashboard }: { dashboard: TeamDashboardData }) {
  const { t } = useTranslation();
  const { team, plan } = dashboard;
  if (!plan) {
    return (
      <>
        <EmptyState
          icon="plans"
          title={t('teamDashboard.noPlanTitle')}
          actions={
            <a className="button button--primary" href={hashOf('plans', { team: team.id })}>
              {t('teamDashboard.goToPlans')}
            </a>
          }
        >
          {t('teamDashboard.noPlanText')}
        </EmptyState>
        <DrawnMark name={drawnMarks.teamDashboard} />
      </>
    );
  }
  return (
    <div className="team-dashboard">
      <PlanBar dashboard={dashboard} plan={plan} />
      <StallingNotice plan={plan} />
      <MomentumTiles plan={plan} />
      <SatisfactionTile satisfaction={dashboard.satisfaction} />
      <section className="section" aria-labelledby="targets-title">
        <div className="section__header">
          <h2 id="targets-title">{t('teamDashboard.targetsTitle')}</h2>
        </div>
        {plan.targets.length > 0 ? (
          <TargetTable plan={plan} />
        ) : (
          <EmptyState
            icon="plans"
            level={3}
            title={t('teamDashboard.noTargetsTitle')}
            actions={
              <a className="button" href={hashOf('plan', { id: plan.id })}>
                {t('teamDashboard.setTargets')}
              </a>
            }
          >
            {t('teamDashboard.noTargetsText')}
          </EmptyState>
        )}
      </section>
      <LazyPlanCharts plan={plan} today={dashboard.today} />
    </div>
  );
}

/**
 * The plan's charts, loaded after the rest, and the mark that the dashboard is drawn: set once what is in
 * view is drawn, so after the charts when their place is in view, without them when it is further down.
 */
function LazyPlanCharts({ plan, today }: { plan: PlanDashboard; today: string }) {
  const { t } = useTranslation();
  const [place, inView] = usePlaceInView<HTMLDivElement>();
  const mark = <DrawnMark name={drawnMarks.teamDashboard} />;
  return (
    <div ref={place} className="team-dashboard__charts">
      <Suspense
        fallback={
          <p className="loading section" aria-busy="true">
            {t('common.loading')}
          </p>
        }
      >
        <PlanCharts plan={plan} today={today} />
        {inView === true && mark}
      </Suspense>
      {inView === false && mark}
    </div>
  );
}

/** The plan shown, and the choice of another when the team has several. */
function PlanBar({ dashboard, plan }: { dashboard: TeamDashboardData; plan: PlanDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const selectId = useId();
  return (
    <div className="plan-bar card">
      <div className="plan-bar__main">
        {dashboard.plans.length > 1 ? (
          <div className="filter plan-bar__choice">
            <label htmlFor={selectId}>{t('teamDashboard.plan')}</label>
            <select
              id={selectId}
              value={plan.id}
              onChange={(event) => navigate('team', { id: dashboard.team.id, plan: event.target.value })}
            >
              {dashboard.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <h2 className="plan-bar__title">{plan.title}</h2>
        )}
        <PlanStatusBadge status={plan.status} />
        <span className="muted">{formatPeriod(plan.startDate, plan.endDate, language)}</span>
        {plan.lastReviewDate && (
          <span className="muted">
            {t('teamDashboard.lastReview', { date: formatDay(plan.lastReviewDate, language) })}
          </span>
        )}
      </div>
      {plan.objective && <p className="plan-bar__objective clamp-2">{plan.objective}</p>}
    </div>
  );
}

/** Says why the plan needs driving again (PRODUCT.md: without reviews the organisation stalls). */
function StallingNotice({ plan }: { plan: PlanDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { momentum } = plan;
  if (!momentum.stalling) return null;
  return (
    <div className="alert alert--warning dashboard-notice">
      <Icon name="alert" />
      <p>
        <strong>{t('teamDashboard.stalling')}</strong> {stallingReasons(t, language, momentum)}
      </p>
    </div>
  );
}

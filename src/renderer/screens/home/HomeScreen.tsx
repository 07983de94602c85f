import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDay, formatNumber, today } from '../../format';
import { isEmptyDatabase, useAppStatusStore } from '../../stores/appStatusStore';
import { activePlans, openStepCount, usePlanStore } from '../../stores/planStore';
import { hashOf } from '../../routes';
import { useLanguage, useSettingsStore } from '../../stores/settingsStore';
import { activeTeams, teamById, useTeamStore } from '../../stores/teamStore';
import { NewPlanDialog } from '../plans/NewPlanDialog';
import { AttentionPanel } from './AttentionPanel';
import { PlanCard } from './PlanCard';
import { WelcomePanel } from './WelcomePanel';

export function HomeScreen() {
  const { t } = useTranslation();
  const appStatus = useAppStatusStore((state) => state.appStatus);
  const status = useAppStatusStore((state) => state.status);
  const error = useAppStatusStore((state) => state.error);
  const load = useAppStatusStore((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (isEmptyDatabase(appStatus)) {
    return (
      <>
        <PageHeader title={t('home.title')} />
        <WelcomePanel />
      </>
    );
  }
  return (
    <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
      {() => <Dashboard />}
    </LoadState>
  );
}

/** Where the teams stand: what needs attention today, key figures and the plans under way. */
function Dashboard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const organisationName = useSettingsStore((state) => state.settings?.organisationName ?? '');
  const plans = usePlanStore((state) => state.plans);
  const planStatus = usePlanStore((state) => state.status);
  const planError = usePlanStore((state) => state.error);
  const loadPlans = usePlanStore((state) => state.load);
  const teams = useTeamStore((state) => state.teams);
  const teamStatus = useTeamStore((state) => state.status);
  const teamError = useTeamStore((state) => state.error);
  const loadTeams = useTeamStore((state) => state.load);
  const [creatingPlan, setCreatingPlan] = useState(false);

  useEffect(() => {
    void loadPlans();
    void loadTeams();
  }, [loadPlans, loadTeams]);

  const active = activePlans(plans);
  const hasTeams = activeTeams(teams).length > 0;
  const subtitle = [organisationName, formatDay(today(), language)].filter(Boolean).join(' · ');
  const newPlanButton = hasTeams && (
    <button type="button" className="button button--primary" onClick={() => setCreatingPlan(true)}>
      <Icon name="plus" />
      {t('home.newPlan')}
    </button>
  );

  return (
    <>
      <PageHeader title={t('home.title')} subtitle={subtitle} actions={newPlanButton} />
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
        {() => (
          <>
            <AttentionPanel />
            <section aria-label={t('home.countsLabel')}>
              <dl className="stats">
                <div className="stat">
                  <dt>{t('home.teamCount')}</dt>
                  <dd>{formatNumber(activeTeams(teams).length, language)}</dd>
                </div>
                <div className="stat">
                  <dt>{t('home.activePlanCount')}</dt>
                  <dd>{formatNumber(active.length, language)}</dd>
                </div>
                <div className="stat">
                  <dt>
                    {t('home.openStepCount')} <span className="stat__hint">{t('home.openStepHint')}</span>
                  </dt>
                  <dd>{formatNumber(openStepCount(active), language)}</dd>
                </div>
              </dl>
            </section>
            <section className="section" aria-labelledby="active-plans-title">
              <div className="section__header">
                <h2 id="active-plans-title">{t('home.activePlans')}</h2>
                <a className="link-arrow" href={hashOf('plans')}>
                  {t('home.allPlans')}
                  <Icon name="arrowRight" size={16} />
                </a>
              </div>
              {active.length > 0 ? (
                <ul className="plan-cards" aria-labelledby="active-plans-title">
                  {active.map((plan) => (
                    <PlanCard
                      key={plan.id}
                      plan={plan}
                      colour={teamById(teams, plan.teamId)?.colour ?? '#8a94a6'}
                    />
                  ))}
                </ul>
              ) : (
                <EmptyState icon="plans" level={3} title={t('home.noActivePlans')} actions={newPlanButton}>
                  {t('home.noActivePlansHint')}
                </EmptyState>
              )}
            </section>
          </>
        )}
      </LoadState>
      {creatingPlan && <NewPlanDialog onClose={() => setCreatingPlan(false)} />}
    </>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail } from '@shared/domain/models';
import type { PlanDetail } from '@shared/domain/plans';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { Swatch } from '../../components/Text';
import { formatPeriod, localName } from '../../format';
import { teamAndClient } from '../../i18n/labels';
import { usePlanDetailStore } from '../../stores/planDetailStore';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { teamById, useTeamStore } from '../../stores/teamStore';
import { PlanHeaderActions } from './PlanHeaderActions';
import { PlanOverview } from './PlanOverview';
import { defaultPlanTab, planTabOf, planTabs } from './planTabs';

/** `#/plan/<planId>`: one plan, its details and its tabs (`?tab=targets|steps|reviews|history`). */
export function PlanScreen() {
  const { t } = useTranslation();
  const planId = useRouteStore((state) => state.route.params.id);
  const plan = usePlanDetailStore((state) => state.plan);
  const model = usePlanDetailStore((state) => state.model);
  const status = usePlanDetailStore((state) => state.status);
  const error = usePlanDetailStore((state) => state.error);
  const open = usePlanDetailStore((state) => state.open);
  const load = usePlanDetailStore((state) => state.load);
  const teamStatus = useTeamStore((state) => state.status);
  const teamError = useTeamStore((state) => state.error);
  const loadTeams = useTeamStore((state) => state.load);

  useEffect(() => {
    if (planId) void open(planId);
  }, [open, planId]);
  useEffect(() => {
    void loadTeams();
  }, [loadTeams]);

  if (!planId || error?.code === 'not-found') {
    return (
      <>
        <BackToPlans />
        <PageHeader title={t('planPage.notFoundTitle')} />
        <EmptyState
          icon="plans"
          title={t('planPage.notFoundTitle')}
          actions={
            <a className="button" href={hashOf('plans')}>
              {t('planPage.allPlans')}
            </a>
          }
        >
          {t('planPage.notFoundText')}
        </EmptyState>
      </>
    );
  }
  return (
    <LoadState
      parts={[
        { status, error },
        { status: teamStatus, error: teamError },
      ]}
      onRetry={() => {
        void load();
        void loadTeams();
      }}
    >
      {() => plan && model && plan.id === planId && <PlanPage plan={plan} model={model} />}
    </LoadState>
  );
}

function BackToPlans() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hashOf('plans')}>
      <Icon name="arrowLeft" size={16} />
      {t('planPage.allPlans')}
    </a>
  );
}

function PlanPage({ plan, model }: { plan: PlanDetail; model: ModelDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const team = teamById(
    useTeamStore((state) => state.teams),
    plan.teamId,
  );
  const params = useRouteStore((state) => state.route.params);
  const navigate = useRouteStore((state) => state.navigate);
  const selected = planTabOf(params.tab) ?? defaultPlanTab;
  const { Panel } = planTabs.find((tab) => tab.key === selected) ?? planTabs[0];

  // Inline text, so that a long team name wraps like a sentence; each separator goes to the next line
  // with what follows it (a no-break space after the dot), never left alone at the end of one.
  const separator = ' ·\u00a0';
  const subtitle = (
    <span className="plan-subtitle">
      {team && (
        <>
          <Swatch colour={team.colour} />
          {teamAndClient(t, team.name, team.client)}
          <span aria-hidden="true">{separator}</span>
        </>
      )}
      {localName({ name: model.name, nameFr: model.nameFr }, language)}
      <span aria-hidden="true">{separator}</span>
      <span className="nowrap">{formatPeriod(plan.startDate, plan.endDate, language)}</span>
    </span>
  );

  return (
    <>
      <BackToPlans />
      <PageHeader title={plan.title} subtitle={subtitle} actions={<PlanHeaderActions plan={plan} />} />
      <PlanOverview plan={plan} model={model} />
      <Tabs
        label={t('planPage.tabsLabel')}
        tabs={planTabs.map((tab) => ({
          key: tab.key,
          label: (
            <>
              {t(`planPage.tabs.${tab.key}`)}
              {tab.count && <span className="tabs__count">{tab.count(plan)}</span>}
            </>
          ),
        }))}
        selected={selected}
        onSelect={(tab) => navigate('plan', { id: plan.id, tab })}
      >
        <Panel plan={plan} model={model} />
      </Tabs>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { preloadable } from '../../components/preloadable';
import { useTeamDashboardStore } from '../../stores/teamDashboardStore';

// The dashboard draws charts: it loads on first visit, so that the charting library stays out of the
// JavaScript the app starts with.
const { preload: loadDashboard, Component: TeamDashboard } = preloadable(() => import('./TeamDashboard'));

/**
 * Starts fetching the dashboard's code and data for the address `params`: when the app opens on a
 * team, both arrive while the app's settings load rather than after.
 */
export function preloadTeamDashboard(params: Readonly<Record<string, string>>): void {
  void loadDashboard();
  if (params.id !== undefined) void useTeamDashboardStore.getState().open(params.id, params.plan ?? null);
}

/** A team's dashboard, `#/team/<teamId>?plan=<planId>`. */
export function TeamScreen() {
  const { t } = useTranslation();
  return (
    <TeamDashboard
      fallback={
        <>
          <PageHeader title={t('teamDashboard.title')} />
          <p className="loading" aria-busy="true">
            {t('common.loading')}
          </p>
        </>
      }
    />
  );
}

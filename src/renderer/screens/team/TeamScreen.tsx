import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

// The dashboard draws charts: it loads on first visit, so that the charting library stays out of the
// JavaScript the app starts with.
const TeamDashboard = lazy(() => import('./TeamDashboard'));

/** A team's dashboard, `#/team/<teamId>?plan=<planId>`. */
export function TeamScreen() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <>
          <PageHeader title={t('teamDashboard.title')} />
          <p className="loading" aria-busy="true">
            {t('common.loading')}
          </p>
        </>
      }
    >
      <TeamDashboard />
    </Suspense>
  );
}

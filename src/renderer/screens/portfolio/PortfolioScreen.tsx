import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

// The portfolio draws charts: it loads on first visit, so that the charting library stays out of the
// JavaScript the app starts with.
const PortfolioDashboard = lazy(() => import('./PortfolioDashboard'));

/** Every team against every dimension, `#/portfolio?client=…&model=…&status=…&sort=…&show=…`. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <>
          <PageHeader title={t('portfolio.title')} subtitle={t('portfolio.subtitle')} />
          <p className="loading" aria-busy="true">
            {t('common.loading')}
          </p>
        </>
      }
    >
      <PortfolioDashboard />
    </Suspense>
  );
}

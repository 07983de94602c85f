import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { preloadable } from '../../components/preloadable';
import { usePortfolioStore, useWatchListStore } from '../../stores/portfolioStore';
import { viewOf } from './portfolioView';

// The portfolio draws charts: it loads on first visit, so that the charting library stays out of the
// JavaScript the app starts with.
const { preload: loadDashboard, Component: PortfolioDashboard } = preloadable(
  () => import('./PortfolioDashboard'),
);

/**
 * Starts fetching the portfolio's code and data for the address `params`: when the app opens on the
 * portfolio, both arrive while the app's settings load rather than after.
 */
export function preloadPortfolio(params: Readonly<Record<string, string>>): void {
  void loadDashboard();
  const { query } = viewOf(params);
  // The heatmaps first, as they fill the first view; the watch list once their answer is in, so that its
  // own (220 KB at 200 teams) does not reach the page first and hold up drawing them.
  void usePortfolioStore
    .getState()
    .open(query)
    .finally(() => useWatchListStore.getState().open(query));
}

/** Every team against every dimension, `#/portfolio?client=…&model=…&status=…&sort=…&show=…`. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  return (
    <PortfolioDashboard
      fallback={
        <>
          <PageHeader title={t('portfolio.title')} subtitle={t('portfolio.subtitle')} />
          <p className="loading" aria-busy="true">
            {t('common.loading')}
          </p>
        </>
      }
    />
  );
}

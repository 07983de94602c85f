import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { TeamName } from '../../components/Text';
import { usePortfolioStore } from '../../stores/portfolioStore';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { ChangesSince } from './ChangesSince';
import { GapHeatmap } from './GapHeatmap';
import { PortfolioFilters } from './PortfolioFilters';
import { viewOf } from './portfolioView';
import { WatchLists } from './WatchLists';

/** Every team on every dimension, at risk and stalling, and what changed: for managers (lazy-loaded). */
export default function PortfolioDashboard() {
  const { t } = useTranslation();
  const params = useRouteStore((state) => state.route.params);
  const portfolio = usePortfolioStore((state) => state.portfolio);
  const status = usePortfolioStore((state) => state.status);
  const error = usePortfolioStore((state) => state.error);
  const open = usePortfolioStore((state) => state.open);
  const load = usePortfolioStore((state) => state.load);
  const view = useMemo(() => viewOf(params), [params]);

  useEffect(() => {
    void open(view.query);
  }, [open, view.query]);

  const filtered = Object.keys(view.query).length > 0;
  return (
    <>
      <PageHeader title={t('portfolio.title')} subtitle={t('portfolio.subtitle')} />
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() =>
          portfolio && (
            <div className="portfolio">
              <PortfolioFilters portfolio={portfolio} view={view} />
              {portfolio.blocks.length === 0 && portfolio.unrated.length === 0 ? (
                filtered ? (
                  <EmptyState icon="portfolio" title={t('portfolio.noMatchTitle')}>
                    {t('portfolio.noMatchText')}
                  </EmptyState>
                ) : (
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
                )
              ) : (
                <>
                  {portfolio.blocks.map((block) => (
                    <GapHeatmap key={block.model.id} block={block} sort={view.sort} mode={view.mode} />
                  ))}
                  {portfolio.unrated.length > 0 && (
                    <div className="unrated card">
                      <h2 className="unrated__title">{t('portfolio.unratedTitle')}</h2>
                      <p className="muted small">{t('portfolio.unratedText')}</p>
                      <ul className="unrated__teams">
                        {portfolio.unrated.map((team) => (
                          <li key={team.teamId}>
                            <a href={hashOf('team', { id: team.teamId })}>
                              <TeamName name={team.teamName} colour={team.colour} />
                            </a>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <WatchLists query={view.query} />
                  <ChangesSince portfolio={portfolio} view={view} />
                </>
              )}
            </div>
          )
        }
      </LoadState>
    </>
  );
}

import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { atRiskRows } from '@shared/calc/portfolio';
import { drawnMarks } from '@shared/marks';
import type { PortfolioQuery, PortfolioWatchList, TargetAtRisk } from '@shared/domain/dashboards';
import { DrawnMark } from '../../components/DrawnMark';
import { usePlaceInView } from '../../components/inView';
import { LoadState } from '../../components/LoadState';
import { TargetStatusBadge } from '../../components/TargetStatusBadge';
import { TeamName } from '../../components/Text';
import { SpacerRow, useVirtualRows } from '../../components/VirtualRows';
import { formatDay, formatNumber, localName } from '../../format';
import { useWatchListStore } from '../../stores/portfolioStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { stallingReasons } from '../team/stallingReasons';

/**
 * What needs a manager's attention, in the portfolio's filters: targets at risk or off track, and plans
 * that stall. Asked for beside the heatmaps and drawn when it lands; the mark that the portfolio is
 * drawn is set once what is in view is: after the watch list when its place is in view, without it when
 * the heatmaps fill the view.
 */
export function WatchLists({ query }: { query: PortfolioQuery }) {
  const watchList = useWatchListStore((state) => state.watchList);
  const status = useWatchListStore((state) => state.status);
  const error = useWatchListStore((state) => state.error);
  const open = useWatchListStore((state) => state.open);
  const load = useWatchListStore((state) => state.load);
  const [place, inView] = usePlaceInView<HTMLDivElement>();
  useEffect(() => {
    void open(query);
  }, [open, query]);
  return (
    <div ref={place} className="watch-lists section">
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() => watchList && <WatchListCards watchList={watchList} />}
      </LoadState>
      {(inView === false || (status === 'ready' && watchList)) && <DrawnMark name={drawnMarks.portfolio} />}
    </div>
  );
}

function WatchListCards({ watchList }: { watchList: PortfolioWatchList }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const atRisk = useMemo(() => atRiskRows(watchList), [watchList]);
  return (
    <>
      <section className="card watch-list" aria-labelledby="at-risk-title">
        <h2 id="at-risk-title">
          {t('portfolio.atRiskTitle')} <span className="count">{atRisk.length}</span>
        </h2>
        {atRisk.length === 0 ? (
          <p className="muted">{t('portfolio.noneAtRisk')}</p>
        ) : (
          <AtRiskTable targets={atRisk} />
        )}
      </section>
      <section className="card watch-list" aria-labelledby="stalling-title">
        <h2 id="stalling-title">
          {t('portfolio.stallingTitle')} <span className="count">{watchList.stalling.length}</span>
        </h2>
        {watchList.stalling.length === 0 ? (
          <p className="muted">{t('portfolio.noneStalling')}</p>
        ) : (
          <ul className="stalling-list">
            {watchList.stalling.map((plan) => (
              <li key={plan.planId}>
                <a href={hashOf('plan', { id: plan.planId })} className="strong">
                  {plan.planTitle}
                </a>
                <a href={hashOf('team', { id: plan.teamId })} className="small">
                  <TeamName name={plan.teamName} colour={plan.colour} />
                </a>
                <span className="small muted">{stallingReasons(t, language, plan)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The targets at risk: hundreds at a large MSP, so only those in view are drawn. */
function AtRiskTable({ targets }: { targets: readonly TargetAtRisk[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { attachList, indexes, before, after, measure } = useVirtualRows<HTMLTableSectionElement>(
    targets.length,
    76,
  );
  const day = (value: string | null) =>
    value === null ? t('teamDashboard.noForecast') : formatDay(value, language);
  return (
    <table className="table watch-table" aria-rowcount={targets.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{t('portfolio.columns.target')}</th>
          <th scope="col" className="col-levels">
            {t('portfolio.columns.levels')}
          </th>
          <th scope="col" className="col-date">
            {t('portfolio.columns.due')}
          </th>
          <th scope="col" className="col-date">
            {t('portfolio.columns.forecast')}
          </th>
          <th scope="col" className="col-status">
            {t('teamDashboard.columns.status')}
          </th>
        </tr>
      </thead>
      <tbody ref={attachList}>
        <SpacerRow height={before} columns={5} />
        {indexes.map((index) => {
          const target = targets[index] as TargetAtRisk;
          return (
            <tr key={target.targetId} ref={measure} data-index={index} aria-rowindex={index + 2}>
              <th scope="row">
                <div className="stacked">
                  <span className="strong">
                    {localName({ name: target.dimensionName, nameFr: target.dimensionNameFr }, language)}
                  </span>
                  <a href={hashOf('team', { id: target.teamId })} className="small">
                    <TeamName name={target.teamName} colour={target.colour} />
                  </a>
                  <a href={hashOf('plan', { id: target.planId })} className="small truncate">
                    {target.planTitle}
                  </a>
                </div>
              </th>
              <td className="col-levels">
                {t('portfolio.levelTowards', {
                  current: target.current === null ? '–' : formatNumber(target.current, language),
                  target: formatNumber(target.targetLevel, language),
                })}
              </td>
              <td className="col-date">{formatDay(target.targetDate, language)}</td>
              <td className="col-date">{day(target.forecast)}</td>
              <td className="col-status">
                <TargetStatusBadge status={target.status} />
              </td>
            </tr>
          );
        })}
        <SpacerRow height={after} columns={5} />
      </tbody>
    </table>
  );
}

import { useTranslation } from 'react-i18next';
import type { TargetAtRisk, Portfolio } from '@shared/domain/dashboards';
import { TargetStatusBadge } from '../../components/TargetStatusBadge';
import { TeamName } from '../../components/Text';
import { SpacerRow, useVirtualRows } from '../../components/VirtualRows';
import { formatDay, formatNumber, localName } from '../../format';
import { hashOf } from '../../stores/routeStore';
import { useLanguage } from '../../stores/settingsStore';
import { stallingReasons } from '../team/stallingReasons';

/** What needs a manager's attention: targets at risk or off track, and plans that stall. */
export function WatchLists({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="watch-lists section">
      <section className="card watch-list" aria-labelledby="at-risk-title">
        <h2 id="at-risk-title">
          {t('portfolio.atRiskTitle')} <span className="count">{portfolio.atRisk.length}</span>
        </h2>
        {portfolio.atRisk.length === 0 ? (
          <p className="muted">{t('portfolio.noneAtRisk')}</p>
        ) : (
          <AtRiskTable targets={portfolio.atRisk} />
        )}
      </section>
      <section className="card watch-list" aria-labelledby="stalling-title">
        <h2 id="stalling-title">
          {t('portfolio.stallingTitle')} <span className="count">{portfolio.stalling.length}</span>
        </h2>
        {portfolio.stalling.length === 0 ? (
          <p className="muted">{t('portfolio.noneStalling')}</p>
        ) : (
          <ul className="stalling-list">
            {portfolio.stalling.map((plan) => (
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
    </div>
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

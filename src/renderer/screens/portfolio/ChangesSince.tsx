import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/dates';
import type { LevelChangeView, PortfolioHeatmaps, TeamChanges } from '@shared/domain/dashboards';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { TeamName } from '../../components/Text';
import { formatDay, formatNumber, formatPeriod, localName } from '../../format';
import { useChangesStore } from '../../stores/portfolioStore';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { paramsOf, type PortfolioView } from './portfolioView';

/** Days looked back when no review was held yet. */
const defaultLookBackDays = 30;

/**
 * "What changed since the last review": levels up and down, steps done and targets reached between
 * two days, team by team. The period starts at the last review unless the user chose another.
 */
export function ChangesSince({ portfolio, view }: { portfolio: PortfolioHeatmaps; view: PortfolioView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const comparison = useChangesStore((state) => state.comparison);
  const status = useChangesStore((state) => state.status);
  const error = useChangesStore((state) => state.error);
  const open = useChangesStore((state) => state.open);
  const load = useChangesStore((state) => state.load);
  const sinceReview = portfolio.lastReviewDate ?? addDays(portfolio.today, -defaultLookBackDays);
  const to = view.to ?? portfolio.today;
  const from = view.from ?? (sinceReview <= to ? sinceReview : to);
  const query = useMemo(() => ({ ...view.query, from, to }), [view.query, from, to]);

  useEffect(() => {
    if (query.from <= query.to) void open(query);
  }, [open, query]);

  const setPeriod = (change: { from?: string; to?: string }) => navigate('portfolio', paramsOf(view, change));
  const shown = comparison && comparison.from === from && comparison.to === to ? comparison : null;
  return (
    <section className="section changes" aria-labelledby="changes-title">
      <div className="section__header">
        <h2 id="changes-title">{t('portfolio.changesTitle')}</h2>
      </div>
      <div className="card changes__card">
        <div className="changes__period">
          <TextField
            label={t('portfolio.from')}
            type="date"
            value={from}
            max={to}
            onChange={(value) => value && setPeriod({ from: value })}
          />
          <TextField
            label={t('portfolio.to')}
            type="date"
            value={to}
            min={from}
            onChange={(value) => value && setPeriod({ to: value })}
          />
          {portfolio.lastReviewDate && (
            <button
              type="button"
              className="button"
              onClick={() => setPeriod({ from: portfolio.lastReviewDate ?? '', to: '' })}
            >
              {t('portfolio.sinceLastReview', { date: formatDay(portfolio.lastReviewDate, language) })}
            </button>
          )}
        </div>
        {from > to ? (
          <p className="warning-text">{t('errors.reason.period')}</p>
        ) : (
          <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
            {() => shown && <ChangesTable teams={shown.teams} totals={shown.totals} from={from} to={to} />}
          </LoadState>
        )}
      </div>
    </section>
  );
}

function ChangesTable({
  teams,
  totals,
  from,
  to,
}: {
  teams: TeamChanges[];
  totals: { levelsUp: number; levelsDown: number; stepsDone: number; targetsReached: number };
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = (value: number) => formatNumber(value, language);
  const period = formatPeriod(from, to, language);
  return (
    <>
      <dl className="changes__totals">
        <Total icon="arrowUp" label={t('portfolio.levelsUp')} value={count(totals.levelsUp)} />
        <Total icon="arrowDown" label={t('portfolio.levelsDown')} value={count(totals.levelsDown)} />
        <Total icon="check" label={t('portfolio.stepsDone')} value={count(totals.stepsDone)} />
        <Total icon="check" label={t('portfolio.targetsReached')} value={count(totals.targetsReached)} />
      </dl>
      <table className="table table--top changes__table" aria-label={t('portfolio.changesLabel', { period })}>
        <thead>
          <tr>
            <th scope="col" className="col-team">
              {t('portfolio.columns.team')}
            </th>
            <th scope="col">{t('portfolio.levelsUp')}</th>
            <th scope="col">{t('portfolio.levelsDown')}</th>
            <th scope="col" className="col-number">
              {t('portfolio.stepsDone')}
            </th>
            <th scope="col">{t('portfolio.targetsReached')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.teamId}>
              <th scope="row" className="col-team">
                <a href={hashOf('team', { id: team.teamId })}>
                  <TeamName name={team.teamName} colour={team.colour} />
                </a>
              </th>
              <td>
                <LevelChanges changes={team.levelsUp} />
              </td>
              <td>
                <LevelChanges changes={team.levelsDown} />
              </td>
              <td className="col-number">{count(team.stepsDone)}</td>
              <td>
                {team.targetsReached.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="change-list">
                    {team.targetsReached.map((target) => (
                      <li key={target.targetId}>
                        {t('portfolio.reachedItem', {
                          name: localName(
                            { name: target.dimensionName, nameFr: target.dimensionNameFr },
                            language,
                          ),
                          level: count(target.targetLevel),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Total({
  icon,
  label,
  value,
}: {
  icon: 'arrowUp' | 'arrowDown' | 'check';
  label: string;
  value: string;
}) {
  return (
    <div className="changes__total">
      <dt>
        <Icon name={icon} size={16} />
        {label}
      </dt>
      <dd>{value}</dd>
    </div>
  );
}

function LevelChanges({ changes }: { changes: LevelChangeView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (changes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.dimensionId}>
          {localName({ name: change.dimensionName, nameFr: change.dimensionNameFr }, language)}{' '}
          <span className="nowrap strong">
            {t('portfolio.levelChange', {
              from: formatNumber(change.from, language),
              to: formatNumber(change.to, language),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

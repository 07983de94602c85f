import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  gapShade,
  gapShades,
  levelShade,
  levelShades,
  sortPortfolioRows,
  type PortfolioSort,
} from '@shared/calc/portfolio';
import type { Language } from '@shared/domain/settings';
import type { HeatCell, PortfolioBlock, PortfolioRow } from '@shared/domain/dashboards';
import { LevelSparkline } from '../../charts/LevelSparkline';
import { modelNames } from '../../charts/modelNames';
import { TeamName } from '../../components/Text';
import { SpacerRow, useVirtualRows } from '../../components/VirtualRows';
import { formatNumber, formatPercent, localeOf } from '../../format';
import { hashOf } from '../../stores/routeStore';
import { useLanguage } from '../../stores/settingsStore';
import type { HeatmapMode } from './portfolioView';

/**
 * The teams on one model against its dimensions: each cell the gap to target (or the level), written
 * in the cell and shaded darker the further there is to go, so that it reads without colour too.
 */
export function GapHeatmap({
  block,
  sort,
  mode,
}: {
  block: PortfolioBlock;
  sort: PortfolioSort;
  mode: HeatmapMode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useMemo(() => modelNames(block.model, language), [block.model, language]);
  const dimensions = block.model.dimensions.filter((d) => !d.retired);
  const axes = block.model.axes
    .map((axis) => ({ axis, count: dimensions.filter((d) => d.axisId === axis.id).length }))
    .filter((group) => group.count > 0);
  const rows = useMemo(
    () => sortPortfolioRows(block.rows, sort, localeOf(language)),
    [block.rows, sort, language],
  );
  const { attachList, indexes, before, after, measure } = useVirtualRows<HTMLTableSectionElement>(
    rows.length,
    64,
  );
  const columns = dimensions.length + 1;
  const caption = t(mode === 'gap' ? 'portfolio.heatmapGap' : 'portfolio.heatmapLevel', {
    model: names.model,
  });
  const titleId = `heatmap-${block.model.id}`;
  return (
    <section className="heatmap-block card" aria-labelledby={titleId}>
      <header className="heatmap-block__header">
        <div>
          <h2 id={titleId}>{names.model}</h2>
          <p className="muted small">
            {t('portfolio.blockSummary', { teams: block.rows.length, count: dimensions.length })}
          </p>
        </div>
        <HeatLegend mode={mode} maxLevel={names.maxLevel} />
      </header>
      {/* Focusable, so that the keyboard can scroll a model wider than the window. */}
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="heatmap" aria-rowcount={rows.length + 2}>
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col className="heatmap__team-col" />
          </colgroup>
          {axes.map(({ axis, count }) => (
            <colgroup key={axis.id} span={count} />
          ))}
          <thead>
            <tr aria-rowindex={1}>
              <td className="heatmap__corner" />
              {axes.map(({ axis, count }) => (
                <th key={axis.id} scope="colgroup" colSpan={count} className="heatmap__axis">
                  <span className="truncate" title={names.axis(axis.id)}>
                    {names.axis(axis.id)}
                  </span>
                </th>
              ))}
            </tr>
            <tr aria-rowindex={2}>
              <th scope="col" className="heatmap__team-header">
                {t('portfolio.columns.team')}
              </th>
              {dimensions.map((dimension) => (
                <th key={dimension.id} scope="col" className="heatmap__dimension">
                  <span title={names.dimension(dimension.id)}>{names.dimension(dimension.id)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={attachList}>
            <SpacerRow height={before} columns={columns} />
            {indexes.map((index) => (
              <HeatRow
                key={(rows[index] as PortfolioRow).teamId}
                row={rows[index] as PortfolioRow}
                index={index}
                mode={mode}
                names={names}
                measure={measure}
              />
            ))}
            <SpacerRow height={after} columns={columns} />
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * One team's row. Memoised: scrolling, and measuring the rows drawn, render the table again, and only
 * the rows that came into view need drawing.
 */
const HeatRow = memo(function HeatRow({
  row,
  index,
  mode,
  names,
  measure,
}: {
  row: PortfolioRow;
  index: number;
  mode: HeatmapMode;
  names: ReturnType<typeof modelNames>;
  measure: ((row: Element | null) => void) | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 3}>
      <th scope="row" className="heatmap__team">
        <TeamCell row={row} minLevel={names.minLevel} maxLevel={names.maxLevel} />
      </th>
      {row.cells.map((cell) => (
        <Cell
          key={cell.dimensionId}
          cell={cell}
          mode={mode}
          maxLevel={names.maxLevel}
          name={names.dimension(cell.dimensionId)}
          t={t}
          language={language}
        />
      ))}
    </tr>
  );
});

function TeamCell({ row, minLevel, maxLevel }: { row: PortfolioRow; minLevel: number; maxLevel: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const first = row.trend[0];
  const last = row.trend.at(-1);
  const trendLabel =
    first && last
      ? t('portfolio.trendSaid', {
          from: formatNumber(first.level, language),
          to: formatNumber(last.level, language),
        })
      : t('portfolio.noTrend');
  return (
    <div className="heatmap__team-cell">
      <a href={hashOf('team', { id: row.teamId })} className="heatmap__team-link">
        <TeamName name={row.teamName} colour={row.colour} />
      </a>
      {row.client && <span className="truncate muted small indent-swatch">{row.client}</span>}
      <div className="heatmap__team-figures indent-swatch">
        {row.trend.length > 0 ? (
          <LevelSparkline points={row.trend} minLevel={minLevel} maxLevel={maxLevel} label={trendLabel} />
        ) : (
          <span className="muted small">{trendLabel}</span>
        )}
        <span className="small">
          {row.averageGap === null
            ? t('portfolio.noTargets')
            : t('portfolio.teamFigures', {
                gap: formatNumber(row.averageGap, language),
                progress: row.progress === null ? '—' : formatPercent(row.progress, language),
              })}
        </span>
      </div>
    </div>
  );
}

/** One cell of the heatmap; thousands are drawn, so it takes the words from its table rather than hooks. */
function Cell({
  cell,
  mode,
  maxLevel,
  name,
  t,
  language,
}: {
  cell: HeatCell;
  mode: HeatmapMode;
  maxLevel: number;
  name: string;
  t: TFunction;
  language: Language;
}) {
  const level = cell.level === null ? t('charts.notRated') : formatNumber(cell.level, language);
  const title =
    cell.targetLevel === null
      ? t('portfolio.cellNoTarget', { name, level })
      : t('portfolio.cellTarget', { name, level, target: formatNumber(cell.targetLevel, language) });
  if (mode === 'level') {
    return (
      <td
        className={
          cell.level === null ? 'heat heat--empty' : `heat heat--level-${levelShade(cell.level, maxLevel)}`
        }
        title={title}
      >
        {cell.level === null ? '–' : formatNumber(cell.level, language)}
      </td>
    );
  }
  if (cell.gap === null) {
    return (
      <td className="heat heat--empty" title={title}>
        <span className="visually-hidden">{t('charts.noTarget')}</span>
      </td>
    );
  }
  return (
    <td className={`heat heat--gap-${gapShade(cell.gap)}`} title={title}>
      {cell.gap === 0 ? (
        <>
          <span aria-hidden="true">✓</span>
          <span className="visually-hidden">{t('targetStatus.reached')}</span>
        </>
      ) : (
        formatNumber(cell.gap, language)
      )}
    </td>
  );
}

/** What the shades mean. */
function HeatLegend({ mode, maxLevel }: { mode: HeatmapMode; maxLevel: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items =
    mode === 'gap'
      ? [
          { key: 'none', className: 'heat--empty', label: t('charts.noTarget') },
          ...Array.from({ length: gapShades }, (_, gap) => ({
            key: `gap-${gap}`,
            className: `heat--gap-${gap}`,
            label:
              gap === 0
                ? t('targetStatus.reached')
                : gap === gapShades - 1
                  ? t('portfolio.gapOrMore', { gap: formatNumber(gap, language) })
                  : formatNumber(gap, language),
          })),
        ]
      : Array.from({ length: levelShades }, (_, shade) => {
          const value = Math.round((shade / (levelShades - 1)) * maxLevel);
          return {
            key: `level-${shade}`,
            className: `heat--level-${shade}`,
            label: formatNumber(value, language),
          };
        });
  return (
    <ul
      className="heat-legend"
      aria-label={t(mode === 'gap' ? 'portfolio.legendGap' : 'portfolio.legendLevel')}
    >
      <li className="heat-legend__title" aria-hidden="true">
        {t(mode === 'gap' ? 'portfolio.legendGap' : 'portfolio.legendLevel')}
      </li>
      {items.map((item) => (
        <li key={item.key}>
          <span className={`heat-legend__swatch heat ${item.className}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  gapShade,
  gapShades,
  levelShade,
  levelShades,
  sortPortfolioRows,
  trendPoints,
  type PortfolioSort,
} from '@shared/calc/portfolio';
import type { Language } from '@shared/domain/settings';
import type { PortfolioBlock, PortfolioRow } from '@shared/domain/dashboards';
import { LevelSparkline } from '../../charts/LevelSparkline';
import { modelNames } from '../../charts/modelNames';
import { TeamName } from '../../components/Text';
import { SpacerRow, useVirtualRows } from '../../components/VirtualRows';
import { formatNumber, formatPercent, localeOf } from '../../format';
import { slots, template } from '../../i18n/template';
import { hashOf } from '../../routes';
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
  // The columns: the model's dimensions not retired, on which the rows' figures are aligned.
  const dimensions = useMemo(() => block.model.dimensions.filter((d) => !d.retired), [block.model]);
  const words = useMemo(
    () =>
      cellWords(
        t,
        language,
        dimensions.map((d) => names.dimension(d.id)),
      ),
    [t, language, dimensions, names],
  );
  const axes = block.model.axes
    .map((axis) => ({ axis, count: dimensions.filter((d) => d.axisId === axis.id).length }))
    .filter((group) => group.count > 0);
  const rows = useMemo(
    () => sortPortfolioRows(block.rows, sort, localeOf(language)),
    [block.rows, sort, language],
  );
  // A row is a team's 35 cells and trend: each drawn ahead costs what a dozen rows of a list do.
  const { attachList, indexes, before, after, measure } = useVirtualRows<HTMLTableSectionElement>(
    rows.length,
    64,
    { overscan: 3 },
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
                words={words}
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
  words,
  measure,
}: {
  row: PortfolioRow;
  index: number;
  mode: HeatmapMode;
  names: ReturnType<typeof modelNames>;
  words: CellWords;
  measure: ((row: Element | null) => void) | undefined;
}) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 3}>
      <th scope="row" className="heatmap__team">
        <TeamCell row={row} minLevel={names.minLevel} maxLevel={names.maxLevel} words={words} />
      </th>
      {row.levels.map((level, column) => (
        <Cell
          // The columns are the block's dimensions in their order, the same on every row.
          key={column}
          level={level}
          gap={row.gaps[column] ?? null}
          title={words.title(column, level, row.targetLevels[column] ?? null)}
          mode={mode}
          maxLevel={names.maxLevel}
          words={words}
        />
      ))}
    </tr>
  );
});

/** A team's name, trend and figures; its words from its table, as its cells take theirs. */
function TeamCell({
  row,
  minLevel,
  maxLevel,
  words,
}: {
  row: PortfolioRow;
  minLevel: number;
  maxLevel: number;
  words: CellWords;
}) {
  const levels = row.trend.levels;
  const first = levels[0];
  const last = levels.at(-1);
  const trendLabel = first !== undefined && last !== undefined ? words.trendSaid(first, last) : words.noTrend;
  return (
    <div className="heatmap__team-cell">
      <a href={hashOf('team', { id: row.teamId })} className="heatmap__team-link">
        <TeamName name={row.teamName} colour={row.colour} />
      </a>
      {row.client && <span className="truncate muted small indent-swatch">{row.client}</span>}
      <div className="heatmap__team-figures indent-swatch">
        {levels.length > 0 ? (
          <LevelSparkline
            points={trendPoints(row.trend)}
            minLevel={minLevel}
            maxLevel={maxLevel}
            label={trendLabel}
          />
        ) : (
          <span className="muted small">{trendLabel}</span>
        )}
        <span className="small">{words.teamFigures(row.averageGap, row.progress)}</span>
      </div>
    </div>
  );
}

/**
 * The words of the heatmap's rows, those of its cells each made once: thousands of cells share a few
 * levels and gaps and a few hundred titles (a column, a level and a target), and formatting costs more
 * than a look-up. Rows take them from here rather than each from its own hooks; the messages are
 * translated once and filled in (`template`).
 */
function cellWords(t: TFunction, language: Language, columnNames: readonly string[]) {
  const titles = new Map<string, string>();
  const numbers = new Map<number, string>();
  const notRated = t('charts.notRated');
  const number = (value: number) => remembered(numbers, value, () => formatNumber(value, language));
  const cellTarget = template(t('portfolio.cellTarget', slots('name', 'level', 'target')));
  const cellNoTarget = template(t('portfolio.cellNoTarget', slots('name', 'level')));
  const trendSaid = template(t('portfolio.trendSaid', slots('from', 'to')));
  const teamFigures = template(t('portfolio.teamFigures', slots('gap', 'progress')));
  return {
    noTarget: t('charts.noTarget'),
    reached: t('targetStatus.reached'),
    noTrend: t('portfolio.noTrend'),
    number,
    trendSaid: (from: number, to: number) =>
      trendSaid({ from: formatNumber(from, language), to: formatNumber(to, language) }),
    teamFigures: (gap: number | null, progress: number | null) =>
      gap === null
        ? t('portfolio.noTargets')
        : teamFigures({
            gap: formatNumber(gap, language),
            progress: progress === null ? '—' : formatPercent(progress, language),
          }),
    title: (column: number, level: number | null, target: number | null) =>
      remembered(titles, `${column}:${level}:${target}`, () => {
        const name = columnNames[column] ?? '';
        const said = level === null ? notRated : number(level);
        return target === null
          ? cellNoTarget({ name, level: said })
          : cellTarget({ name, level: said, target: number(target) });
      }),
  };
}

/** The value made for `key` the first time it was asked for. */
function remembered<K, V>(made: Map<K, V>, key: K, make: () => V): V {
  let value = made.get(key);
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}
type CellWords = ReturnType<typeof cellWords>;

/** One cell of the heatmap; thousands are drawn, so it takes its words from its table rather than hooks. */
function Cell({
  level,
  gap,
  title,
  mode,
  maxLevel,
  words,
}: {
  level: number | null;
  gap: number | null;
  title: string;
  mode: HeatmapMode;
  maxLevel: number;
  words: CellWords;
}) {
  if (mode === 'level') {
    return (
      <td
        className={level === null ? 'heat heat--empty' : `heat heat--level-${levelShade(level, maxLevel)}`}
        title={title}
      >
        {level === null ? '–' : words.number(level)}
      </td>
    );
  }
  if (gap === null) {
    return (
      <td className="heat heat--empty" title={title}>
        <span className="visually-hidden">{words.noTarget}</span>
      </td>
    );
  }
  return (
    <td className={`heat heat--gap-${gapShade(gap)}`} title={title}>
      {gap === 0 ? (
        <>
          <span aria-hidden="true">✓</span>
          <span className="visually-hidden">{words.reached}</span>
        </>
      ) : (
        words.number(gap)
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

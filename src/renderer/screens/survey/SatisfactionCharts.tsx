/**
 * The satisfaction charts, drawn with the app's chart pieces (src/renderer/charts): each with its
 * figures as a table. They only draw: the series come ready from src/shared/calc/satisfaction.ts.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { dimensionChartRows, TrendRow, TrendSeries } from '@shared/calc/satisfaction';
import { tickStyle } from '../../charts/axes';
import { ChartFigure, ChartTable } from '../../charts/ChartFigure';
import { wrapLabel } from '../../charts/labels';
import { legendInOrder } from '../../charts/legend';
import { axisTextColour, gridColour, okabeIto, roles, seriesColour, seriesDash } from '../../charts/palette';
import { localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { formatGap, formatScore } from './surveyWords';

/** Expectation and perception told apart by hue and, in grey on paper, by lightness. */
const sideColours = { expectation: okabeIto.orange, perception: okabeIto.blue };
const gapColours = { shortfall: okabeIto.vermillion, surplus: okabeIto.green };

type DimensionRows = ReturnType<typeof dimensionChartRows>;
const chartHeight = 280;
const legendStyle = { fontSize: 12 };
/** Whole points on the gap axis, zero included, every other point when the range is wide. */
function gapTicks(values: readonly (number | null | undefined)[]): number[] {
  const known = values.filter((v): v is number => typeof v === 'number');
  const low = Math.min(0, Math.floor(Math.min(...known, 0)));
  const high = Math.max(0, Math.ceil(Math.max(...known, 0)));
  const step = high - low > 6 ? 2 : 1;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= high; tick += step) ticks.push(tick);
  return ticks;
}

/** Expectation and perception of each dimension, side by side, on the survey's scale. */
export function ExpectationPerceptionChart({
  title,
  rows,
  scale,
}: {
  title: string;
  rows: DimensionRows;
  scale: { min: number; max: number };
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const score = (value: unknown) => (typeof value === 'number' ? formatScore(value, language) : '');
  const names = { expectation: t('survey.sides.expectation'), perception: t('survey.sides.perception') };
  return (
    <ChartFigure
      title={title}
      table={
        <ChartTable
          caption={title}
          columns={[t('survey.dimension'), names.expectation, names.perception]}
          rows={rows.map((row) => ({
            key: row.dimensionId,
            header: row.name,
            cells: [score(row.expectation), score(row.perception)],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke={gridColour} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={<WrappedTick />} stroke={axisTextColour} interval={0} height={40} />
          <YAxis
            domain={[scale.min, scale.max]}
            allowDecimals={false}
            tick={tickStyle}
            stroke={axisTextColour}
            width={32}
          />
          <Tooltip formatter={score} />
          <Legend
            wrapperStyle={legendStyle}
            itemSorter={legendInOrder([names.expectation, names.perception])}
          />
          <Bar
            dataKey="expectation"
            name={names.expectation}
            fill={sideColours.expectation}
            isAnimationActive={false}
          />
          <Bar
            dataKey="perception"
            name={names.perception}
            fill={sideColours.perception}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Each dimension's gap as a bar from zero: left of the line, the service falls short of expectations. */
export function GapChart({ title, rows }: { title: string; rows: DimensionRows }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Symmetric around zero, in whole points, with room beyond the longest bar for its value: a point
  // more and a quarter of the bar, so that "−3.50" stays clear of the dimensions' names.
  const reach = Math.max(2, Math.ceil(Math.max(...rows.map((r) => Math.abs(r.gap))) * 1.25 + 1));
  const step = reach > 6 ? 2 : 1;
  const ticks = Array.from(
    { length: Math.floor(reach / step) * 2 + 1 },
    (_, i) => (i - Math.floor(reach / step)) * step,
  );
  const gap = (value: unknown) => (typeof value === 'number' ? formatGap(value, language) : '');
  const wholeGap = (value: number) => formatGap(value, language, 0);
  return (
    <ChartFigure
      title={title}
      table={
        <ChartTable
          caption={title}
          columns={[t('survey.dimension'), t('survey.results.gap')]}
          rows={rows.map((row) => ({ key: row.dimensionId, header: row.name, cells: [gap(row.gap)] }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart layout="vertical" data={rows} margin={{ top: 8, right: 48, left: 8, bottom: 0 }}>
          <CartesianGrid horizontal={false} stroke={gridColour} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[-reach, reach]}
            ticks={ticks}
            interval={0}
            tick={tickStyle}
            stroke={axisTextColour}
            tickFormatter={wholeGap}
          />
          <YAxis type="category" dataKey="name" width={112} tick={tickStyle} stroke={axisTextColour} />
          <Tooltip formatter={gap} />
          <ReferenceLine x={0} stroke={roles.overall.colour} strokeWidth={1.5} />
          <Bar dataKey="gap" name={t('survey.results.gap')} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.dimensionId} fill={row.gap < 0 ? gapColours.shortfall : gapColours.surplus} />
            ))}
            <LabelList dataKey="gap" content={(props) => <GapLabel {...props} text={gap(props.value)} />} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** A dimension's name under its bars, on two short lines when it is long (the table gives it whole). */
function WrappedTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const lines = wrapLabel(String(payload?.value ?? ''), 14, 2);
  return (
    <text x={x} y={y} dy="0.9em" textAnchor="middle" fontSize={tickStyle.fontSize} fill={tickStyle.fill}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.9em' : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A bar's value beyond its end: left of a bar that falls short, right of one that exceeds. */
function GapLabel({
  x,
  y,
  width,
  height,
  value,
  text,
}: {
  x?: number | string | undefined;
  y?: number | string | undefined;
  width?: number | string | undefined;
  height?: number | string | undefined;
  value?: unknown;
  text: string;
}) {
  const [left, top, wide, high] = [x, y, width, height].map(Number) as [number, number, number, number];
  const short = typeof value === 'number' && value < 0;
  const end = short ? Math.min(left, left + wide) - 6 : Math.max(left, left + wide) + 6;
  return (
    <text
      x={end}
      y={top + high / 2}
      dy="0.35em"
      textAnchor={short ? 'end' : 'start'}
      fontSize={12}
      fill={roles.overall.colour}
    >
      {text}
    </text>
  );
}

/** The team's gaps campaign after campaign: the overall gap bold, each dimension in its own line. */
export function GapTrendChart({
  title,
  note,
  rows,
  series,
  campaignTitles,
}: {
  title: string;
  note?: string;
  rows: TrendRow[];
  series: TrendSeries[];
  campaignTitles: readonly string[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gap = (value: unknown) => (typeof value === 'number' ? formatGap(value, language) : '–');
  const wholeGap = (value: number) => formatGap(value, language, 0);
  const names = series.map((s) => localName(s, language));
  const ticks = gapTicks(rows.flatMap((row) => [row.headline, ...series.map((s) => row[s.dataKey])]));
  return (
    <ChartFigure
      title={title}
      {...(note ? { note } : {})}
      table={
        <ChartTable
          caption={title}
          columns={[t('survey.results.campaign'), t('survey.results.overall'), ...names]}
          rows={rows.map((row, i) => ({
            key: row.surveyId,
            header: `${campaignTitles[i] ?? ''} · ${row.label}`,
            cells: [gap(row.headline), ...series.map((s) => gap(row[s.dataKey]))],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <LineChart data={rows} margin={{ top: 8, right: 24, left: 0, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke={gridColour} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={tickStyle} stroke={axisTextColour} />
          <YAxis
            domain={[ticks[0] ?? -1, ticks.at(-1) ?? 0]}
            ticks={ticks}
            interval={0}
            tick={tickStyle}
            stroke={axisTextColour}
            tickFormatter={wholeGap}
            width={40}
          />
          <Tooltip formatter={gap} />
          <Legend
            wrapperStyle={legendStyle}
            itemSorter={legendInOrder([t('survey.results.overall'), ...names])}
          />
          <ReferenceLine y={0} stroke={axisTextColour} />
          <Line
            dataKey="headline"
            name={t('survey.results.overall')}
            stroke={roles.overall.colour}
            strokeWidth={3}
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls
          />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.dataKey}
              name={names[i]}
              stroke={seriesColour(i)}
              strokeDasharray={seriesDash(i)}
              strokeWidth={1.5}
              dot={{ r: 2.5 }}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

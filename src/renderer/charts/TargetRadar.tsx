import { useTranslation } from 'react-i18next';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
  type BaseTickContentProps,
} from 'recharts';
import { radarPoint, spreadLabels, type Point } from '@shared/calc/chartGeometry';
import { formatNumber } from '../format';
import { useLanguage } from '../stores/settingsStore';
import { ChartFigure, ChartTable } from './ChartFigure';
import { ChartPlot } from './ChartPlot';
import { wrapLabel } from './labels';
import { legendInOrder } from './legend';
import { axisTextColour, gridColour, roles } from './palette';

export interface RadarDatum {
  dimensionId: string;
  name: string;
  baseline: number | null;
  current: number | null;
  target: number | null;
  /** The plan sets a target on the dimension: its name is drawn bold. */
  targeted: boolean;
}

const series = ['baseline', 'current', 'target'] as const;

/** Baseline, current level and target of each dimension, one spoke per dimension. */
export function TargetRadar({
  title,
  data,
  minLevel,
  maxLevel,
}: {
  title: string;
  data: readonly RadarDatum[];
  minLevel: number;
  maxLevel: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const level = (value: number | null) =>
    value === null ? t('charts.notRated') : formatNumber(value, language);
  // Names take room around the chart: the more spokes, the smaller the web, so that none is cut.
  const { height, outerRadius } =
    data.length > 10
      ? { height: 480, outerRadius: '50%' }
      : data.length > 5
        ? { height: 380, outerRadius: '62%' }
        : { height: 320, outerRadius: '68%' };
  const names = { baseline: t('charts.baseline'), current: t('charts.current'), target: t('charts.target') };
  // A series with no level known on these spokes (no baseline yet, no target among them) is left out:
  // recharts would draw it as a path of no point ("Z"), which the browser reports as an error.
  const drawnSeries = series.filter((key) => data.some((d) => d[key] !== null));
  return (
    <ChartFigure
      title={title}
      className="chart-figure--radar"
      table={
        <ChartTable
          caption={title}
          columns={[t('charts.dimension'), names.baseline, names.current, names.target]}
          rows={data.map((d) => ({
            key: d.dimensionId,
            header: d.name,
            cells: [level(d.baseline), level(d.current), d.targeted ? level(d.target) : t('charts.noTarget')],
          }))}
        />
      }
    >
      <ChartPlot height={height}>
        <RadarChart
          data={[...data]}
          outerRadius={outerRadius}
          margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
        >
          <PolarGrid stroke={gridColour} />
          <PolarAngleAxis
            dataKey="name"
            tick={(props: BaseTickContentProps) => <SpokeLabel {...props} data={data} />}
          />
          <PolarRadiusAxis
            domain={[minLevel, maxLevel]}
            tickCount={maxLevel - minLevel + 1}
            angle={90}
            axisLine={false}
            tick={{ fontSize: 11, fill: axisTextColour }}
          />
          {drawnSeries.map((key) => (
            <Radar
              key={key}
              name={names[key]}
              dataKey={key}
              stroke={roles[key].colour}
              strokeWidth={key === 'current' ? 2.5 : 2}
              strokeDasharray={roles[key].dash}
              fill={roles[key].colour}
              fillOpacity={key === 'current' ? 0.18 : 0}
              dot={key === 'current' ? { r: 3, fill: roles.current.colour } : false}
              connectNulls
              legendType="plainline"
              isAnimationActive={false}
            />
          ))}
          <Tooltip
            formatter={(value) => level(typeof value === 'number' ? value : null)}
            contentStyle={{ fontSize: 13 }}
          />
          <Legend
            wrapperStyle={{ fontSize: 13 }}
            itemSorter={legendInOrder(drawnSeries.map((key) => names[key]))}
          />
        </RadarChart>
      </ChartPlot>
    </ChartFigure>
  );
}

const fontSize = 12;
const lineHeight = 1.1;

/**
 * Where each spoke's name goes: its lines, and the offset of its first line from the spoke's tip, in em.
 * Names above the chart end on the tip, those below start there, so they never cross the chart; then
 * names on the same side that would overlap are moved apart (the printed report's radar does the same).
 */
function spokeLabels(names: readonly string[], tipRadius: number, center: Point) {
  const labels = names.map((name, i) => {
    const tip = radarPoint(i, names.length, 1, 1, tipRadius, center);
    const cos = (tip.x - center.x) / tipRadius;
    const lines = wrapLabel(name, names.length > 10 ? 16 : 22, 2);
    const extra = (lines.length - 1) * lineHeight;
    // Recharts's anchors: above and below within 45° of the vertical, at the side elsewhere.
    const vertical = Math.abs(cos) > Math.SQRT1_2 ? 'middle' : tip.y < center.y ? 'above' : 'below';
    const firstLine = vertical === 'above' ? -0.3 - extra : vertical === 'below' ? 0.9 : 0.35 - extra / 2;
    const side = cos > 1e-5 ? 'right' : cos < -1e-5 ? 'left' : 'middle';
    return { tip, lines, firstLine, side } as const;
  });
  const moves = spreadLabels(
    labels.map(({ tip, lines, firstLine, side }) => ({
      top: tip.y + (firstLine - 0.8) * fontSize,
      height: lines.length * lineHeight * fontSize,
      side,
    })),
    center.y,
    2,
  );
  return labels.map(({ lines, firstLine }, i) => ({
    lines,
    firstLine: firstLine + (moves[i] as number) / fontSize,
  }));
}

/** A spoke's name on up to two lines, bold when the dimension has a target; whole on hover. */
function SpokeLabel(props: BaseTickContentProps & { data: readonly RadarDatum[] }) {
  const { textAnchor, payload, index, data } = props;
  const x = Number(props.x);
  const y = Number(props.y);
  // Recharts gives every tick the chart's centre: enough to place all the names and clear each from the others.
  const { cx, cy } = props as unknown as { cx: number; cy: number };
  const name = String(payload.value);
  const datum = data.find((d) => d.name === name);
  const { lines, firstLine } = spokeLabels(
    data.map((d) => d.name),
    Math.hypot(x - cx, y - cy),
    { x: cx, y: cy },
  )[index] as ReturnType<typeof spokeLabels>[number];
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      fill={axisTextColour}
      fontSize={fontSize}
      fontWeight={datum?.targeted ? 700 : 400}
    >
      <title>{name}</title>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={`${i === 0 ? firstLine : lineHeight}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

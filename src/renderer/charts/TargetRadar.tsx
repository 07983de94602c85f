import { useTranslation } from 'react-i18next';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  type BaseTickContentProps,
} from 'recharts';
import { formatNumber } from '../format';
import { useLanguage } from '../stores/settingsStore';
import { ChartFigure, ChartTable } from './ChartFigure';
import { wrapLabel } from './labels';
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
      <ResponsiveContainer width="100%" height={height}>
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
          {series.map((key) => (
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
          <Legend wrapperStyle={{ fontSize: 13 }} />
        </RadarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** A spoke's name on up to two lines, bold when the dimension has a target; whole on hover. */
function SpokeLabel({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  index,
  data,
}: BaseTickContentProps & { data: readonly RadarDatum[] }) {
  const name = String(payload.value);
  const datum = data.find((d) => d.name === name);
  const lines = wrapLabel(name, data.length > 10 ? 16 : 22, 2);
  // Names above the chart end on the spoke's tip, those below start there: they never cross the chart.
  // Above and below, where neighbours sit side by side, every other name stands further out.
  const extra = (lines.length - 1) * 1.1;
  const stagger = data.length > 10 && index % 2 === 1 ? 2.3 : 0;
  const firstLine =
    verticalAnchor === 'end'
      ? -0.3 - extra - stagger
      : verticalAnchor === 'start'
        ? 0.9 + stagger
        : 0.35 - extra / 2;
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      fill={axisTextColour}
      fontSize={12}
      fontWeight={datum?.targeted ? 700 : 400}
    >
      <title>{name}</title>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={`${i === 0 ? firstLine : 1.1}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

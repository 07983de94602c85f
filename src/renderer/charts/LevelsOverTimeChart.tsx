import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '@shared/calc/trends';
import { formatDay, formatNumber } from '../format';
import { useLanguage } from '../stores/settingsStore';
import { levelAxis, timeAxis, timeLabel } from './axes';
import { ChartFigure, ChartTable } from './ChartFigure';
import { ChartPlot } from './ChartPlot';
import { legendInOrder } from './legend';
import { gridColour } from './palette';

export interface LevelSeries {
  key: string;
  name: string;
  colour: string;
  dash: string | undefined;
  /** The series that sums up the others is drawn thicker. */
  main?: boolean;
}

/** Mean levels over time, one line a series: the overall level and each axis. */
export function LevelsOverTimeChart({
  title,
  rows,
  series,
  minLevel,
  maxLevel,
}: {
  title: string;
  rows: readonly ChartRow[];
  series: readonly LevelSeries[];
  minLevel: number;
  maxLevel: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  const level = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, language));
  return (
    <ChartFigure
      title={title}
      table={
        <ChartTable
          caption={title}
          columns={[t('charts.date'), ...series.map((s) => s.name)]}
          rows={rows.map((row) => ({
            key: row.date,
            header: formatDay(row.date, language),
            cells: series.map((s) => level(row.levels[s.key])),
          }))}
        />
      }
    >
      <ChartPlot height={300}>
        <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={gridColour} strokeDasharray="3 3" />
          {first && last && <XAxis {...timeAxis(first, last, language)} />}
          <YAxis {...levelAxis(minLevel, maxLevel, language)} />
          {series.map((s) => (
            <Line
              key={s.key}
              name={s.name}
              dataKey={(row: ChartRow) => row.levels[s.key]}
              stroke={s.colour}
              strokeWidth={s.main ? 3 : 1.75}
              strokeDasharray={s.dash}
              dot={s.main ? { r: 3, fill: s.colour } : false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Tooltip
            labelFormatter={timeLabel(language)}
            formatter={(value) => (typeof value === 'number' ? formatNumber(value, language, 2) : '')}
            contentStyle={{ fontSize: 13 }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={legendInOrder(series.map((s) => s.name))} />
        </LineChart>
      </ChartPlot>
    </ChartFigure>
  );
}

import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { addDays } from '@shared/dates';
import type { ChartRow } from '@shared/calc/trends';
import { timeOf } from '@shared/calc/timeAxis';
import { formatDay, formatNumber } from '../format';
import { useLanguage } from '../stores/settingsStore';
import { levelAxis, timeAxis, timeLabel } from './axes';
import { ChartFigure, ChartTable } from './ChartFigure';
import { ChartPlot } from './ChartPlot';
import { axisTextColour, gridColour, roles } from './palette';

/**
 * A target's levels over time: the assessments as a line, the forecast drawn ahead of them dashed, the
 * target level and date marked where they meet, and today.
 */
export function TargetTrendChart({
  title,
  note,
  rows,
  targetLevel,
  targetDate,
  today,
  minLevel,
  maxLevel,
}: {
  title: string;
  note?: string;
  /** `actual` and `forecast` levels by day (`chartRows`). */
  rows: readonly ChartRow[];
  targetLevel: number;
  targetDate: string;
  today: string;
  minLevel: number;
  maxLevel: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = [...rows.map((r) => r.date), targetDate, today].sort();
  const from = addDays(days[0] as string, -10);
  const to = addDays(days.at(-1) as string, 20);
  const names = { actual: t('charts.level'), forecast: t('charts.forecast') };
  const level = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, language));
  return (
    <ChartFigure
      title={title}
      {...(note ? { note } : {})}
      className="chart-figure--small"
      table={
        <ChartTable
          caption={title}
          columns={[t('charts.date'), names.actual, names.forecast]}
          rows={[
            ...rows.map((row) => ({
              key: row.date,
              header: formatDay(row.date, language),
              cells: [level(row.levels.actual), level(row.levels.forecast)],
            })),
            {
              key: 'target',
              header: t('charts.targetOn', { date: formatDay(targetDate, language) }),
              cells: [level(targetLevel), ''],
            },
          ]}
        />
      }
    >
      <ChartPlot height={220}>
        <LineChart data={[...rows]} margin={{ top: 18, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={gridColour} strokeDasharray="3 3" />
          <XAxis {...timeAxis(from, to, language, 4)} />
          <YAxis {...levelAxis(minLevel, maxLevel, language)} />
          <ReferenceLine
            x={timeOf(today)}
            stroke={axisTextColour}
            strokeDasharray="1 3"
            label={{
              value: t('charts.today'),
              position: 'insideTopRight',
              fontSize: 11,
              fill: axisTextColour,
            }}
          />
          <ReferenceLine y={targetLevel} stroke={roles.target.colour} strokeDasharray={roles.target.dash} />
          <ReferenceLine
            x={timeOf(targetDate)}
            stroke={roles.target.colour}
            strokeDasharray={roles.target.dash}
          />
          <ReferenceDot
            x={timeOf(targetDate)}
            y={targetLevel}
            r={6}
            fill="#ffffff"
            stroke={roles.target.colour}
            strokeWidth={2.5}
            label={{
              value: t('charts.target'),
              position: 'top',
              fontSize: 12,
              fontWeight: 600,
              fill: roles.target.colour,
            }}
          />
          <Line
            name={names.actual}
            dataKey={(row: ChartRow) => row.levels.actual}
            stroke={roles.current.colour}
            strokeWidth={2.5}
            dot={{ r: 3, fill: roles.current.colour }}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            name={names.forecast}
            dataKey={(row: ChartRow) => row.levels.forecast}
            stroke={roles.forecast.colour}
            strokeWidth={2}
            strokeDasharray={roles.forecast.dash}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Tooltip
            labelFormatter={timeLabel(language)}
            formatter={(value) => (typeof value === 'number' ? formatNumber(value, language) : '')}
            contentStyle={{ fontSize: 13 }}
          />
        </LineChart>
      </ChartPlot>
    </ChartFigure>
  );
}

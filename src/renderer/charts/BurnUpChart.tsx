import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { timeOf } from '@shared/calc/timeAxis';
import type { BurnUpPoint } from '@shared/domain/dashboards';
import { formatDay, formatNumber } from '../format';
import { useLanguage } from '../stores/settingsStore';
import { tickText, timeAxis, timeLabel } from './axes';
import { ChartFigure, ChartTable } from './ChartFigure';
import { ChartPlot } from './ChartPlot';
import { legendInOrder } from './legend';
import { axisTextColour, gridColour, roles } from './palette';

/** Small steps done, week by week, climbing towards the steps the plan holds. */
export function BurnUpChart({ title, points }: { title: string; points: readonly BurnUpPoint[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = points.map((point) => ({ ...point, time: timeOf(point.date) }));
  const first = points[0]?.date;
  const last = points.at(-1)?.date;
  const names = { done: t('charts.done'), total: t('charts.total') };
  const count = (value: number) => formatNumber(value, language);
  return (
    <ChartFigure
      title={title}
      table={
        <ChartTable
          caption={title}
          columns={[t('charts.week'), names.done, names.total]}
          rows={points.map((point) => ({
            key: point.date,
            header: formatDay(point.date, language),
            cells: [count(point.done), count(point.total)],
          }))}
        />
      }
    >
      <ChartPlot height={260}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={gridColour} strokeDasharray="3 3" />
          {first && last && <XAxis {...timeAxis(first, last, language, 5)} />}
          <YAxis
            allowDecimals={false}
            tick={tickText((value) => count(Number(value)))}
            stroke={axisTextColour}
            width={32}
          />
          <Line
            name={names.total}
            dataKey="total"
            type="stepAfter"
            stroke={roles.total.colour}
            strokeWidth={2}
            strokeDasharray={roles.total.dash}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            name={names.done}
            dataKey="done"
            type="stepAfter"
            stroke={roles.done.colour}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Tooltip
            labelFormatter={timeLabel(language)}
            formatter={(value) => (typeof value === 'number' ? count(value) : '')}
            contentStyle={{ fontSize: 13 }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={legendInOrder([names.done, names.total])} />
        </LineChart>
      </ChartPlot>
    </ChartFigure>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BudgetView } from '@shared/domain/dashboards';
import { formatMoney } from '../format';
import { useLanguage } from '../stores/settingsStore';
import { tickText } from './axes';
import { ChartFigure, ChartTable } from './ChartFigure';
import { ChartPlot } from './ChartPlot';
import { axisTextColour, gridColour, roles } from './palette';

/** The plan's budget against the cost of its steps: planned (every step kept) and spent (steps done). */
export function BudgetChart({ title, budget }: { title: string; budget: BudgetView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (value: number) => formatMoney(value, language);
  const bars = [
    ...(budget.budget === null
      ? []
      : [{ key: 'budget', name: t('charts.budget'), value: budget.budget, colour: roles.budget.colour }]),
    { key: 'planned', name: t('charts.planned'), value: budget.planned, colour: roles.planned.colour },
    { key: 'spent', name: t('charts.spent'), value: budget.spent, colour: roles.spent.colour },
  ];
  return (
    <ChartFigure
      title={title}
      table={
        <ChartTable
          caption={title}
          columns={[t('charts.item'), t('charts.amount')]}
          rows={bars.map((bar) => ({ key: bar.key, header: bar.name, cells: [money(bar.value)] }))}
        />
      }
    >
      <ChartPlot height={56 + bars.length * 44}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={gridColour} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={tickText((value) => money(Number(value)))} stroke={axisTextColour} />
          <YAxis type="category" dataKey="name" tick={tickText(String)} stroke={axisTextColour} width={88} />
          <Bar dataKey="value" name={t('charts.amount')} isAnimationActive={false} barSize={22}>
            {bars.map((bar) => (
              <Cell key={bar.key} fill={bar.colour} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => (typeof value === 'number' ? money(value) : '')}
              style={{ fontSize: 12, fill: axisTextColour, fontWeight: 600 }}
            />
          </Bar>
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? money(value) : '')}
            cursor={{ fill: 'rgb(23 27 34 / 5%)' }}
            contentStyle={{ fontSize: 13 }}
          />
        </BarChart>
      </ChartPlot>
    </ChartFigure>
  );
}

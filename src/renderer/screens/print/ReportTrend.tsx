import { useId } from 'react';
import { dayScale, linearScale, pathOf, timeDomain } from '@shared/calc/chartGeometry';
import { monthTicks } from '@shared/calc/timeAxis';
import type { PlanReport } from '@shared/domain/reports';
import { modelNames } from '../../charts/modelNames';
import { axisTextColour, gridColour, roles, seriesColour, seriesDash } from '../../charts/palette';
import { formatDay, formatMonth } from '../../format';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { useReportText } from './reportText';

const width = 640;
const height = 250;
const plot = { left: 30, right: width - 12, top: 16, bottom: height - 26 };

/**
 * The mean level of each axis, and of all dimensions, from assessment to assessment over the plan: plain
 * SVG at a fixed size, in the report's language, with the dashboards' colours and dashes.
 */
export function ReportTrend({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const titleId = useId();
  const { plan, today } = report;
  const names = modelNames(plan.model, language);
  const lines: (LegendItem & { points: { date: string; level: number }[]; width: number })[] = [
    ...plan.trends.axes.map(({ axisId, points }, i) => ({
      key: axisId,
      label: names.axis(axisId),
      colour: seriesColour(i),
      dash: seriesDash(i),
      points,
      width: 1.75,
    })),
    {
      key: 'overall',
      label: t('charts.overall'),
      ...roles.overall,
      points: plan.trends.overall,
      width: 2.75,
    },
  ];
  const [from, to] = timeDomain([plan.startDate, plan.endDate, ...plan.trends.overall.map((p) => p.date)]);
  const x = dayScale(from, to, [plot.left, plot.right]);
  const y = linearScale([names.minLevel, names.maxLevel], [plot.bottom, plot.top]);
  const levels = plan.model.levels.map((level) => level.value);
  const markers = [
    { key: 'today', day: today, label: t('charts.today') },
    { key: 'end', day: plan.endDate, label: t('report.charts.planEnd') },
  ].filter((marker) => marker.day >= from && marker.day <= to);

  return (
    <figure className="report-chart-figure">
      <figcaption id={titleId}>{t('report.charts.trendTitle')}</figcaption>
      <svg
        className="report-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
      >
        <desc id={`${titleId}-desc`}>
          {t('report.charts.trendLabel', { from: formatDay(from, language), to: formatDay(to, language) })}
        </desc>
        <g stroke={gridColour} strokeWidth={0.75}>
          {levels.map((level) => (
            <line key={level} x1={plot.left} x2={plot.right} y1={y(level)} y2={y(level)} />
          ))}
        </g>
        <g fill={axisTextColour} fontSize={10}>
          {levels.map((level) => (
            <text key={level} x={plot.left - 8} y={y(level) + 3.5} textAnchor="end">
              {level}
            </text>
          ))}
          {monthTicks(from, to, 7).map((day) => (
            <text key={day} x={x(day)} y={height - 8} textAnchor="middle">
              {formatMonth(day, language)}
            </text>
          ))}
        </g>
        {markers.map((marker) => (
          <g key={marker.key} stroke={axisTextColour} fill={axisTextColour} fontSize={10}>
            <line
              x1={x(marker.day)}
              x2={x(marker.day)}
              y1={plot.top}
              y2={plot.bottom}
              strokeDasharray="3 3"
              strokeWidth={0.75}
            />
            <text x={x(marker.day) - 4} y={plot.top + 8} textAnchor="end" stroke="none">
              {marker.label}
            </text>
          </g>
        ))}
        {lines.map((line) => (
          <g key={line.key} stroke={line.colour} fill={line.colour}>
            <path
              d={pathOf(line.points.map((p) => ({ x: x(p.date), y: y(p.level) })))}
              fill="none"
              strokeWidth={line.width}
              strokeDasharray={line.dash}
              strokeLinejoin="round"
            />
            {line.points.map((p) => (
              <circle key={p.date} cx={x(p.date)} cy={y(p.level)} r={line.key === 'overall' ? 3.5 : 2.5} />
            ))}
          </g>
        ))}
      </svg>
      <ChartLegend items={lines} />
    </figure>
  );
}

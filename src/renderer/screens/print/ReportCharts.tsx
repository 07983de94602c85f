import type { PlanReport } from '@shared/domain/reports';
import { modelNames } from '../../charts/modelNames';
import { ReportRadar } from './ReportRadar';
import { ReportTrend } from './ReportTrend';
import { useReportText } from './reportText';

/** The radar of baseline, current and target levels, and the trend of each axis: vectors, to print sharp. */
export function ReportCharts({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const { plan, radars } = report;
  const rated = plan.trends.overall.length > 0;
  const names = modelNames(plan.model, language);
  const axisNames = (axisIds: readonly string[]) => axisIds.map(names.axis).join(', ');
  return (
    <section className="report-section" aria-labelledby="report-charts">
      <h2 id="report-charts">{t('report.charts.title')}</h2>
      {!rated && <p className="report-muted">{t('report.charts.noAssessment')}</p>}
      {rated &&
        radars.map((radar) => (
          <ReportRadar
            key={radar.axisIds.join()}
            radar={radar}
            model={plan.model}
            title={
              report.radarsOfTargets
                ? t('report.charts.radarTitleTargets')
                : radars.length > 1
                  ? t('report.charts.radarTitleOf', { axes: axisNames(radar.axisIds) })
                  : t('report.charts.radarTitle')
            }
          />
        ))}
      {rated && <ReportTrend report={report} />}
    </section>
  );
}

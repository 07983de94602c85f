import type { PlanReport } from '@shared/domain/reports';
import { formatDay, formatPercent } from '../../format';
import { dimensionName } from '../plan/modelText';
import { Bar } from './ReportSummary';
import { useReportText } from './reportText';
import { TargetStatusBadge } from './TargetStatusBadge';

/** Each target: where it started, stands and must get to, by when, and whether it will at this pace. */
export function ReportTargets({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const { model, targets } = report.plan;
  const forecastOf = (target: (typeof targets)[number]) =>
    [target.forecastFromTrend, target.forecastFromSteps]
      .filter((day): day is string => day !== null)
      .sort()
      .at(-1) ?? null;
  return (
    <section className="report-section" aria-labelledby="report-targets">
      <h2 id="report-targets">{t('report.targets.title')}</h2>
      {targets.length === 0 ? (
        <p className="report-muted">{t('report.targets.none')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.targets.dimension')}</th>
              <th scope="col" className="report-table__levels">
                {t('report.targets.levels')}
              </th>
              <th scope="col" className="report-table__date">
                {t('report.targets.date')}
              </th>
              <th scope="col" className="report-table__progress">
                {t('report.targets.progress')}
              </th>
              <th scope="col" className="report-table__status">
                {t('report.targets.status')}
              </th>
              <th scope="col" className="report-table__date">
                {t('report.targets.forecast')}
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => {
              const forecast = forecastOf(target);
              return (
                <tr key={target.id}>
                  <th scope="row">
                    <span className="report-strong">
                      {dimensionName(model, target.dimensionId, language)}
                    </span>
                    {target.rationale.trim() && <span className="report-rationale">{target.rationale}</span>}
                  </th>
                  <td className="report-table__levels">
                    {target.baselineLevel} → <strong>{target.current ?? '–'}</strong> → {target.targetLevel}
                  </td>
                  <td className="report-table__date">{formatDay(target.targetDate, language)}</td>
                  <td className="report-table__progress">
                    <span className="report-progress">
                      <Bar value={target.progress} />
                      <span>{formatPercent(target.progress, language)}</span>
                    </span>
                  </td>
                  <td className="report-table__status">
                    <TargetStatusBadge status={target.status} />
                  </td>
                  <td className="report-table__date">
                    {target.status === 'reached' ? (
                      '—'
                    ) : forecast ? (
                      formatDay(forecast, language)
                    ) : (
                      <span className="report-wrap">{t('report.targets.noForecast')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {targets.length > 0 && (
        <p className="report-muted report-small report-note">{t('report.targets.levelsNote')}</p>
      )}
    </section>
  );
}

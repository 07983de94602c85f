import { trendChartData } from '@shared/calc/satisfaction';
import type { TeamSatisfaction } from '@shared/domain/surveys';
import { formatDay, localName } from '../../format';
import { formatGap } from '../survey/surveyWords';
import { useReportText } from './reportText';

/**
 * The team's satisfaction beside its maturity: the latest campaign's gap, and each quality dimension's gap
 * in the latest campaigns, side by side so that the reader sees which way they move.
 */
export function ReportSatisfaction({ satisfaction }: { satisfaction: TeamSatisfaction }) {
  const { t, language } = useReportText();
  const { latest, previous, change } = satisfaction;
  const { rows, series } = trendChartData(satisfaction.campaigns, (campaign) => campaign.title);
  const gap = (value: number | null) => (value === null ? '–' : formatGap(value, language));
  return (
    <section className="report-section" aria-labelledby="report-satisfaction">
      <h2 id="report-satisfaction">{t('report.satisfaction.title')}</h2>
      {latest === null || latest.headline === null ? (
        <p className="report-muted">{t('report.satisfaction.none')}</p>
      ) : (
        <>
          <p>
            {t(
              latest.weighted === null ? 'report.satisfaction.latest' : 'report.satisfaction.latestWeighted',
              {
                gap: gap(latest.headline),
                title: latest.title,
                date: formatDay(latest.periodEnd, language),
                count: latest.respondents,
              },
            )}
            {previous && change !== null && (
              <> {t('report.satisfaction.change', { change: gap(change), title: previous.title })}</>
            )}
          </p>
          <table className="report-table report-table--gaps">
            <thead>
              <tr>
                <th scope="col">{t('report.satisfaction.dimension')}</th>
                {rows.map((row) => (
                  <th key={row.surveyId} scope="col" className="report-table__number">
                    {row.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((dimension) => (
                <tr key={dimension.key}>
                  <th scope="row">{localName(dimension, language)}</th>
                  {rows.map((row) => (
                    <td key={row.surveyId} className="report-table__number">
                      {gap(row[dimension.dataKey] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="report-table__total">
                <th scope="row">{t('report.satisfaction.overall')}</th>
                {rows.map((row) => (
                  <td key={row.surveyId} className="report-table__number">
                    {gap(row.headline)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="report-muted report-small report-note">{t('report.satisfaction.note')}</p>
        </>
      )}
    </section>
  );
}

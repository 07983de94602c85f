import { useEffect } from 'react';
import type { PlanReport } from '@shared/domain/reports';
import { formatDay } from '../../format';
import { teamAndClient } from '../../i18n/labels';
import { pageRules } from './pageStyle';
import { ReportBudget } from './ReportBudget';
import { ReportCharts } from './ReportCharts';
import { ReportCover } from './ReportCover';
import { ReportReviews } from './ReportReviews';
import { ReportSatisfaction } from './ReportSatisfaction';
import { ReportSteps } from './ReportSteps';
import { ReportSummary } from './ReportSummary';
import { ReportTargets } from './ReportTargets';
import { useReportText } from './reportText';

/** A plan's report as a printed document: cover, summary, charts, targets, steps, reviews, satisfaction. */
export function PlanReportView({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const { plan, team, organisation } = report;
  const documentTitle = t('report.documentTitle', { title: plan.title });

  // The PDF takes its title from the page's.
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  const header = [organisation.name, teamAndClient(t, team.name, team.client)].filter(Boolean).join(' · ');
  return (
    <article className="report" lang={language} aria-label={documentTitle}>
      {/* The running header and footer carry this report's names: @page rules written for it. */}
      <style>
        {pageRules({
          header,
          date: formatDay(report.today, language),
          footer: plan.title,
          pageOf: t('report.pageOf'),
        })}
      </style>
      <ReportCover report={report} />
      <main className="report-body">
        <ReportSummary report={report} />
        <ReportCharts report={report} />
        <ReportTargets report={report} />
        <ReportSteps report={report} />
        <ReportReviews report={report} />
        <ReportSatisfaction satisfaction={report.satisfaction} />
        {report.budget && <ReportBudget budget={report.budget} />}
      </main>
    </article>
  );
}

import { boardColumns } from '@shared/calc/board';
import type { StepStatus } from '@shared/domain/plans';
import type { PlanReport, ReportStep } from '@shared/domain/reports';
import { formatDay, formatMoney, formatNumber } from '../../format';
import { dimensionName } from '../plan/modelText';
import { useReportText } from './reportText';

/** What the client reads first: what is done, then what is under way, planned, and still an idea. */
const shownStatuses: StepStatus[] = ['done', 'doing', 'todo', 'idea'];

/** The plan's small steps, a table per status; costs only in the internal copy. */
export function ReportSteps({ report }: { report: PlanReport }) {
  const { t } = useReportText();
  const columns = boardColumns(report.steps);
  const dropped = columns.dropped.length;
  return (
    <section className="report-section" aria-labelledby="report-steps">
      <h2 id="report-steps">{t('report.steps.title')}</h2>
      {report.steps.length === dropped && <p className="report-muted">{t('report.steps.none')}</p>}
      {shownStatuses.map((status) =>
        columns[status].length === 0 ? null : (
          <StepGroup key={status} status={status} steps={columns[status]} report={report} />
        ),
      )}
      {dropped > 0 && (
        <p className="report-muted report-small">{t('report.steps.dropped', { count: dropped })}</p>
      )}
    </section>
  );
}

function StepGroup({
  status,
  steps,
  report,
}: {
  status: StepStatus;
  steps: ReportStep[];
  report: PlanReport;
}) {
  const { t, language } = useReportText();
  const headingId = `report-steps-${status}`;
  const showCost = !report.clientCopy;
  const day = (value: string | null) => (value ? formatDay(value, language) : '—');
  return (
    <div className="report-group">
      <h3 id={headingId} className={`report-group__title report-group__title--${status}`}>
        {t('report.steps.group', { status: t(`report.stepStatus.${status}`), count: steps.length })}
      </h3>
      <table className="report-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('report.steps.step')}</th>
            <th scope="col" className="report-table__owner">
              {t('report.steps.owner')}
            </th>
            <th scope="col" className="report-table__dimension">
              {t('report.steps.dimension')}
            </th>
            <th scope="col" className="report-table__date">
              {status === 'done' ? t('report.steps.done') : t('report.steps.due')}
            </th>
            <th scope="col" className="report-table__number">
              {t('report.steps.effort')}
            </th>
            {showCost && (
              <th scope="col" className="report-table__number">
                {t('report.steps.cost')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id}>
              <th scope="row">{step.title}</th>
              <td className="report-table__owner">{step.owner || '—'}</td>
              <td className="report-table__dimension">
                {dimensionName(report.plan.model, step.dimensionId, language) || '—'}
              </td>
              <td className="report-table__date">{day(status === 'done' ? step.doneDate : step.dueDate)}</td>
              <td className="report-table__number">
                {step.effortDays === null
                  ? '—'
                  : t('report.steps.days', { value: formatNumber(step.effortDays, language, 1) })}
              </td>
              {showCost && (
                <td className="report-table__number">
                  {step.cost === null ? '—' : formatMoney(step.cost, language)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

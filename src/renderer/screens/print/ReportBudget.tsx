import type { BudgetView } from '@shared/domain/dashboards';
import { formatMoney } from '../../format';
import { useReportText } from './reportText';

/** The internal copy's last section: what the steps cost against the plan's budget. */
export function ReportBudget({ budget }: { budget: BudgetView }) {
  const { t, language } = useReportText();
  const money = (amount: number | null) => (amount === null ? '—' : formatMoney(amount, language));
  const rows: [string, string][] = [
    [t('report.budget.budget'), budget.budget === null ? t('report.budget.noBudget') : money(budget.budget)],
    [t('report.budget.planned'), money(budget.planned)],
    [t('report.budget.spent'), money(budget.spent)],
    [t('report.budget.remaining'), money(budget.remaining)],
  ];
  return (
    <section className="report-section report-section--internal" aria-labelledby="report-budget">
      <h2 id="report-budget">{t('report.budget.title')}</h2>
      <dl className="report-budget">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {budget.overBudget && <p className="report-warning">{t('report.budget.overBudget')}</p>}
    </section>
  );
}

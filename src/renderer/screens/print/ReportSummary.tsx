import type { ReactNode } from 'react';
import { targetStatuses } from '@shared/calc/forecast';
import type { PlanReport } from '@shared/domain/reports';
import { formatDay, formatNumber, formatPercent } from '../../format';
import { dimensionName } from '../plan/modelText';
import { useReportText } from './reportText';
import { TargetStatusBadge } from './TargetStatusBadge';

/** Page two: where the plan stands, in a few figures, and what changed since the last review. */
export function ReportSummary({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const { plan, steps } = report;
  const { momentum } = plan;
  const counted = steps.filter((s) => s.status !== 'dropped');
  const done = counted.filter((s) => s.status === 'done').length;
  const reached = plan.targets.filter((target) => target.status === 'reached').length;

  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h2 id="report-summary">{t('report.summary.title')}</h2>
      <div className="report-figures">
        <Figure
          label={t('report.summary.progress')}
          value={plan.progress === null ? '—' : formatPercent(plan.progress, language)}
        >
          {plan.progress !== null && <Bar value={plan.progress} />}
          <p className="report-figure__hint">
            {plan.progress === null ? t('report.summary.noProgress') : t('report.summary.progressHint')}
          </p>
        </Figure>
        <Figure
          label={t('report.summary.targets')}
          value={t('report.summary.targetsOf', { reached, total: plan.targets.length })}
        >
          <ul className="report-status-counts">
            {targetStatuses.map((status) => {
              const count = plan.targets.filter((target) => target.status === status).length;
              return count === 0 ? null : (
                <li key={status}>
                  <TargetStatusBadge status={status} />
                  <span className="report-status-counts__count">{count}</span>
                </li>
              );
            })}
          </ul>
        </Figure>
        <Figure
          label={t('report.summary.steps')}
          value={t('report.summary.stepsOf', { done, total: counted.length })}
        >
          <p className="report-figure__hint">
            {t('report.summary.pace', { value: formatNumber(momentum.stepsDonePerWeek, language, 1) })}
          </p>
        </Figure>
        <Figure
          label={t('report.summary.review')}
          value={momentum.nextReviewDue ? formatDay(momentum.nextReviewDue, language) : '—'}
          small
        >
          <p className="report-figure__hint">
            {momentum.nextReviewDue === null
              ? t('report.summary.noReviewCadence')
              : momentum.reviewOverdue
                ? t('report.summary.reviewOverdue', { date: formatDay(momentum.nextReviewDue, language) })
                : null}
          </p>
        </Figure>
      </div>
      {plan.objective.trim() && (
        <div className="report-objective">
          <h3>{t('report.summary.objective')}</h3>
          <p>{plan.objective}</p>
        </div>
      )}
      <Changes report={report} />
    </section>
  );
}

/** A key figure: what it is, its value, and what tells more about it. */
function Figure({
  label,
  value,
  small = false,
  children,
}: {
  label: string;
  value: string;
  small?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="report-figure">
      <p className="report-figure__label">{label}</p>
      <p className={small ? 'report-figure__value report-figure__value--small' : 'report-figure__value'}>
        {value}
      </p>
      <div className="report-figure__details">{children}</div>
    </div>
  );
}

/** "Since the review of 1 May": levels up and down, steps done, targets reached. */
function Changes({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const { changes, plan } = report;
  const name = (id: string) => dimensionName(plan.model, id, language);
  const since = formatDay(changes.since, language);
  const reached = plan.targets.filter((target) => changes.targetsReached.includes(target.id));
  const levels = (list: typeof changes.levelsUp) =>
    list.map((change) => (
      <li key={change.dimensionId}>
        {t('report.summary.levelChange', {
          dimension: name(change.dimensionId),
          from: change.from,
          to: change.to,
        })}
      </li>
    ));
  return (
    <div className="report-changes">
      <h3>
        {changes.sinceReview
          ? t('report.summary.sinceReview', { date: since })
          : t('report.summary.sinceStart', { date: since })}
      </h3>
      <div className="report-changes__grid">
        {changes.levelsUp.length + changes.levelsDown.length === 0 ? (
          <p className="report-muted report-changes__none">{t('report.summary.noLevelChange')}</p>
        ) : (
          <>
            <div>
              <h4 className="report-changes__up">{t('report.summary.levelsUp')}</h4>
              {changes.levelsUp.length > 0 ? (
                <ul>{levels(changes.levelsUp)}</ul>
              ) : (
                <p className="report-muted">—</p>
              )}
            </div>
            <div>
              <h4 className="report-changes__down">{t('report.summary.levelsDown')}</h4>
              {changes.levelsDown.length > 0 ? (
                <ul>{levels(changes.levelsDown)}</ul>
              ) : (
                <p className="report-muted">—</p>
              )}
            </div>
          </>
        )}
        <div>
          <p className="report-changes__fact">
            {t('report.summary.stepsDone', { count: changes.stepsDone })}
          </p>
          {reached.length > 0 && (
            <p className="report-changes__fact">
              {t('report.summary.targetsReached', {
                count: reached.length,
                names: reached.map((target) => name(target.dimensionId)).join(', '),
              })}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

/** A share from 0 to 1 as a thin bar; the figure beside it says the value. */
export function Bar({ value }: { value: number }) {
  return (
    <span className="report-bar" aria-hidden="true">
      {/* The one dynamic value: how full the bar is. */}
      <span className="report-bar__fill" style={{ width: `${Math.round(value * 100)}%` }} />
    </span>
  );
}

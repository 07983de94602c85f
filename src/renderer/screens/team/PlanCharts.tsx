import { useTranslation } from 'react-i18next';
import { chartRows } from '@shared/calc/trends';
import type { PlanDashboard, TargetView } from '@shared/domain/dashboards';
import { BudgetChart } from '../../charts/BudgetChart';
import { BurnUpChart } from '../../charts/BurnUpChart';
import { LevelsOverTimeChart } from '../../charts/LevelsOverTimeChart';
import { modelNames } from '../../charts/modelNames';
import { roles, seriesColour, seriesDash } from '../../charts/palette';
import { TargetRadar } from '../../charts/TargetRadar';
import { TargetTrendChart } from '../../charts/TargetTrendChart';
import { formatDay, formatMoney, formatNumber, formatPercent } from '../../format';
import { useLanguage } from '../../stores/settingsStore';

/** The plan's charts: where the team stands, how its levels moved, its steps and its budget. */
export function PlanCharts({ plan, today }: { plan: PlanDashboard; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = modelNames(plan.model, language);
  const scale = { minLevel: names.minLevel, maxLevel: names.maxLevel };
  const trendSeries = [
    { key: 'overall', name: t('charts.overall'), ...roles.overall, main: true, points: plan.trends.overall },
    ...plan.trends.axes.map((axis, i) => ({
      key: axis.axisId,
      name: names.axis(axis.axisId),
      colour: seriesColour(i),
      dash: seriesDash(i + 1),
      points: axis.points,
    })),
  ];
  return (
    <>
      <section className="section" aria-labelledby="radar-title">
        <div className="section__header">
          <h2 id="radar-title">{t('teamDashboard.radarTitle')}</h2>
          <p className="muted small">{t('teamDashboard.radarNote')}</p>
        </div>
        <div className={plan.radars.length > 1 ? 'stand stand--several' : 'stand'}>
          <AxisProgress plan={plan} />
          {plan.radars.map((radar) => (
            <TargetRadar
              key={radar.axisIds.join()}
              title={
                plan.radars.length > 1
                  ? radar.axisIds.map(names.axis).join(' · ')
                  : t('teamDashboard.radarAll', { model: names.model })
              }
              data={radar.points.map((point) => ({ ...point, name: names.dimension(point.dimensionId) }))}
              {...scale}
            />
          ))}
        </div>
      </section>

      <section className="section" aria-labelledby="trends-title">
        <div className="section__header">
          <h2 id="trends-title">{t('teamDashboard.trendsTitle')}</h2>
        </div>
        {plan.trends.overall.length > 0 ? (
          <LevelsOverTimeChart
            title={t('teamDashboard.levelsOverTime')}
            rows={chartRows(Object.fromEntries(trendSeries.map((s) => [s.key, s.points])))}
            series={trendSeries}
            {...scale}
          />
        ) : (
          <p className="muted">{t('teamDashboard.notAssessed')}</p>
        )}
        {plan.targets.length > 0 && (
          <div className="chart-grid chart-grid--small">
            {plan.targets.map((target) => (
              <TargetTrendChart
                key={target.id}
                title={names.dimension(target.dimensionId)}
                note={targetNote(target)}
                rows={chartRows({ actual: target.history, forecast: target.forecastLine })}
                targetLevel={target.targetLevel}
                targetDate={target.targetDate}
                today={today}
                {...scale}
              />
            ))}
          </div>
        )}
      </section>

      <div className="chart-grid chart-grid--pair section">
        <section aria-labelledby="steps-title">
          <h2 id="steps-title" className="section__title">
            {t('teamDashboard.stepsTitle')}
          </h2>
          <BurnUpChart title={t('teamDashboard.burnUp')} points={plan.burnUp} />
        </section>
        <section aria-labelledby="budget-title">
          <h2 id="budget-title" className="section__title">
            {t('teamDashboard.budgetTitle')}
          </h2>
          <BudgetChart title={t('teamDashboard.budgetChart')} budget={plan.budget} />
          <BudgetFigures plan={plan} />
        </section>
      </div>
    </>
  );

  function targetNote(target: TargetView): string {
    const goal = t('teamDashboard.targetBy', {
      level: formatNumber(target.targetLevel, language),
      date: formatDay(target.targetDate, language),
    });
    const forecast = target.forecastLine.at(-1);
    if (target.status === 'reached') return `${goal} · ${t('targetStatus.reached')}`;
    return forecast
      ? `${goal} · ${t('teamDashboard.forecastOn', { date: formatDay(forecast.date, language) })}`
      : `${goal} · ${t('teamDashboard.noForecastYet')}`;
  }
}

/** How far the targets of each axis have come, on average. */
function AxisProgress({ plan }: { plan: PlanDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = modelNames(plan.model, language);
  return (
    <section className="axis-progress card" aria-labelledby="axis-progress-title">
      <h3 id="axis-progress-title">{t('teamDashboard.axisProgress')}</h3>
      {plan.axisProgress.length === 0 ? (
        <p className="muted small">{t('teamDashboard.noTargetsTitle')}</p>
      ) : (
        <ul className="axis-progress__list">
          {plan.axisProgress.map(({ axisId, progress }) => {
            const value = formatPercent(progress, language);
            return (
              <li key={axisId}>
                <span className="axis-progress__name">{names.axis(axisId)}</span>
                <div className="step-progress">
                  <progress
                    className="step-progress__bar"
                    value={progress}
                    max={1}
                    aria-label={t('teamDashboard.progressOf', { name: names.axis(axisId), value })}
                  />
                  <span className="step-progress__figures">{value}</span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** What the budget chart does not draw: what is left, and what a level gained cost. */
function BudgetFigures({ plan }: { plan: PlanDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { budget } = plan;
  const money = (value: number) => formatMoney(value, language);
  return (
    <dl className="budget-figures">
      <div>
        <dt>{t('teamDashboard.remaining')}</dt>
        <dd className={budget.overBudget ? 'warning-text' : undefined}>
          {budget.remaining === null
            ? t('teamDashboard.noBudget')
            : budget.overBudget
              ? t('teamDashboard.overBudget', { amount: money(-budget.remaining) })
              : money(budget.remaining)}
        </dd>
      </div>
      <div>
        <dt>{t('teamDashboard.costPerLevel')}</dt>
        <dd>
          {budget.costPerLevelGained === null
            ? t('teamDashboard.noLevelGained')
            : t('teamDashboard.costPerLevelValue', {
                amount: money(budget.costPerLevelGained),
                count: budget.levelsGained,
              })}
        </dd>
      </div>
    </dl>
  );
}

import { budgetStatus, costPerLevelGained, levelsGained } from '@shared/calc/budget';
import { burnUp } from '@shared/calc/burnup';
import { momentum } from '@shared/calc/momentum';
import { targetOutlook } from '@shared/calc/outlook';
import { currentLevelAt, planProgress, progressByAxis, type DatedLevel } from '@shared/calc/progress';
import { radarGroups } from '@shared/calc/radar';
import { axisSeries, dimensionSeries, forecastLine, groupSeries, type ScorePoint } from '@shared/calc/trends';
import type { PlanDashboard, TargetView } from '@shared/domain/dashboards';
import type { ModelDetail } from '@shared/domain/models';
import type { Plan, Review, Target } from '@shared/domain/plans';
import type { DashboardStep } from './repository';

export interface PlanRows {
  plan: Plan;
  model: ModelDetail;
  targets: Target[];
  steps: readonly DashboardStep[];
  reviews: Review[];
  /** The team's levels on the plan's model up to today. */
  scores: ScorePoint[];
  today: string;
}

/** One plan of a team as its dashboard shows it: every figure computed by the shared calculations. */
export function planDashboard({
  plan,
  model,
  targets,
  steps,
  reviews,
  scores,
  today,
}: PlanRows): PlanDashboard {
  const series = dimensionSeries(scores);
  const historyOf = (dimensionId: string): DatedLevel[] => series.get(dimensionId) ?? [];
  const dimensionOf = new Map(model.dimensions.map((d) => [d.id, d] as const));
  const active = model.dimensions.filter((d) => !d.retired);
  const axisIds = model.axes.map((a) => a.id);

  const targetViews = targets.map((target): TargetView => {
    const targetSteps = steps.filter((s) => s.targetId === target.id);
    const { pace, ...outlook } = targetOutlook({
      target,
      history: historyOf(target.dimensionId),
      steps: targetSteps,
      planStart: plan.startDate,
      today,
    });
    return {
      ...target,
      ...outlook,
      stepCount: targetSteps.filter((s) => s.status !== 'dropped').length,
      doneStepCount: targetSteps.filter((s) => s.status === 'done').length,
      retired: dimensionOf.get(target.dimensionId)?.retired ?? false,
      history: pace,
      forecastLine: forecastLine(
        pace,
        target.targetLevel,
        outlook.forecastFromTrend ?? outlook.forecastFromSteps,
      ),
    };
  });
  const targetOf = new Map(targetViews.map((t) => [t.dimensionId, t] as const));

  const radars = radarGroups(model.axes, model.dimensions).map(({ axisIds: ids, dimensionIds }) => ({
    axisIds: ids,
    points: dimensionIds.map((dimensionId) => {
      const target = targetOf.get(dimensionId);
      const current = currentLevelAt(historyOf(dimensionId), today);
      return {
        dimensionId,
        baseline: target?.baselineLevel ?? currentLevelAt(historyOf(dimensionId), plan.startDate),
        current,
        target: target?.targetLevel ?? current,
        targeted: target !== undefined,
      };
    }),
  }));

  const budget = budgetStatus(plan.budget, steps);
  const gained = levelsGained(targetViews);
  const reviewDates = reviews.map((r) => r.date);
  return {
    ...plan,
    model,
    targets: targetViews,
    progress: planProgress(targetViews.map((t) => t.progress)),
    axisProgress: progressByAxis(targetViews, model.dimensions, axisIds),
    radars,
    trends: {
      overall: groupSeries(
        scores,
        active.map((d) => d.id),
      ),
      axes: axisSeries(scores, active, axisIds),
    },
    burnUp: burnUp(steps, plan.startDate < today ? plan.startDate : today, today),
    momentum: momentum({ today, plan, steps, reviewDates }),
    budget: { ...budget, levelsGained: gained, costPerLevelGained: costPerLevelGained(budget.spent, gained) },
    lastReviewDate: reviewDates
      .filter((d) => d <= today)
      .reduce<string | null>((a, d) => (a && a > d ? a : d), null),
  };
}

/** The plan a dashboard opens on: the active one that started last, else the one that started last. */
export const defaultPlan = <P extends { status: string; startDate: string }>(
  plans: readonly P[],
): P | undefined =>
  [...plans].sort(
    (a, b) =>
      Number(b.status === 'active') - Number(a.status === 'active') || b.startDate.localeCompare(a.startDate),
  )[0];

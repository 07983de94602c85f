/** The portfolio: every team against every dimension, as a heatmap of gaps to target or of levels. */
import { dayOfEpochDay, epochDay } from '../dates';
import type {
  AtRiskFigures,
  AtRiskRow,
  DimensionLabel,
  PlanLabel,
  PortfolioWatchList,
  StallingPlan,
  TargetAtRisk,
  TeamLabel,
} from '../domain/dashboards';
import type { SeriesPoint } from './trends';

export interface TargetOfPlan {
  planId: string;
  dimensionId: string;
  baselineLevel: number;
  targetLevel: number;
}

/**
 * The target a team holds on each dimension when several of its plans set one: the active plan's, else
 * the one of the plan that started last.
 */
export function targetsByDimension<T extends TargetOfPlan>(
  plans: readonly { id: string; status: string; startDate: string }[],
  targets: readonly T[],
): T[] {
  const rank = (planId: string) => {
    const plan = plans.find((p) => p.id === planId);
    return plan ? `${plan.status === 'active' ? 1 : 0}${plan.startDate}` : '';
  };
  const chosen = new Map<string, T>();
  for (const target of targets) {
    const held = chosen.get(target.dimensionId);
    if (!held || rank(target.planId) > rank(held.planId)) chosen.set(target.dimensionId, target);
  }
  return [...chosen.values()];
}

/**
 * How many levels are still to climb: none once the target is reached, null without a target. A team
 * not assessed yet is taken to be at the target's baseline, as its progress is.
 */
export function gapToTarget(
  current: number | null,
  target: { baselineLevel: number; targetLevel: number } | null,
): number | null {
  if (target === null) return null;
  return Math.max(0, target.targetLevel - (current ?? target.baselineLevel));
}

/** The mean of the gaps a team has; null when it has no target. */
export function averageGap(gaps: readonly (number | null)[]): number | null {
  const known = gaps.filter((gap): gap is number => gap !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/** A level as the portfolio's trend lines send it: to the hundredth, as much as a sparkline shows. */
export const toHundredth = (level: number) => Math.round(level * 100) / 100;

/** A team's trend line as the portfolio sends it: its days as `epochDay` numbers, its levels to the hundredth. */
export function compactTrend(points: readonly SeriesPoint[]): { days: number[]; levels: number[] } {
  return {
    days: points.map((point) => epochDay(point.date)),
    levels: points.map((point) => toHundredth(point.level)),
  };
}

/** The points of a trend line sent by `compactTrend`, to draw. */
export const trendPoints = (trend: { days: readonly number[]; levels: readonly number[] }): SeriesPoint[] =>
  trend.days.map((day, i) => ({ date: dayOfEpochDay(day), level: trend.levels[i] as number }));

/** The shades of the heatmap: gaps of 0, 1, 2, 3 and 4 or more; levels on six steps of the scale. */
export const gapShades = 5;
export const levelShades = 6;
export const gapShade = (gap: number): number => Math.min(Math.max(0, Math.round(gap)), gapShades - 1);
export const levelShade = (level: number, maxLevel: number): number =>
  maxLevel <= 0
    ? 0
    : Math.min(levelShades - 1, Math.max(0, Math.round((level / maxLevel) * (levelShades - 1))));

export const portfolioSorts = ['team', 'gap', 'progress'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

/**
 * Rows in the order a manager reads them: by team name, the largest average gap first, or the least
 * progress first; teams with nothing to compare come last, and ties go by name.
 */
export function sortPortfolioRows<
  R extends { teamName: string; averageGap: number | null; progress: number | null },
>(rows: readonly R[], sort: PortfolioSort, locale: string): R[] {
  // One collator for the whole sort: `localeCompare` with a locale builds one at each comparison.
  const names = new Intl.Collator(locale, { sensitivity: 'base' });
  const byName = (a: R, b: R) => names.compare(a.teamName, b.teamName);
  const nullsLast = (a: number | null, b: number | null, order: (x: number, y: number) => number) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : order(a, b);
  const compare: Record<PortfolioSort, (a: R, b: R) => number> = {
    team: byName,
    gap: (a, b) => nullsLast(a.averageGap, b.averageGap, (x, y) => y - x) || byName(a, b),
    progress: (a, b) => nullsLast(a.progress, b.progress, (x, y) => x - y) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** A list that holds each item once, and the place of an item given by its key. */
function listOnce<T>() {
  const items: T[] = [];
  const places = new Map<string, number>();
  return {
    items,
    placeOf(key: string, item: T): number {
      let place = places.get(key);
      if (place === undefined) {
        place = items.push(item) - 1;
        places.set(key, place);
      }
      return place;
    },
  };
}

/**
 * A target at risk as the watch list finds it: its team, dimension and plan by their labels, each made
 * once and shared by their targets' rows (at 200 teams, copying them into each of 900 rows, then out of
 * it to send, took a fifth of the watch list's time).
 */
export interface FoundAtRisk {
  team: TeamLabel;
  dimension: DimensionLabel;
  plan: PlanLabel;
  figures: AtRiskFigures;
}

/** The watch list as `portfolio.watchList` sends it: each team, dimension and plan of its targets once. */
export function compactWatchList(
  atRisk: readonly FoundAtRisk[],
  stalling: StallingPlan[],
): PortfolioWatchList {
  const teams = listOnce<TeamLabel>();
  const dimensions = listOnce<DimensionLabel>();
  const plans = listOnce<PlanLabel>();
  const rows = atRisk.map(({ team, dimension, plan, figures }): AtRiskRow => ({
    ...figures,
    team: teams.placeOf(team.teamId, team),
    dimension: dimensions.placeOf(dimension.dimensionId, dimension),
    plan: plans.placeOf(plan.planId, plan),
  }));
  return { teams: teams.items, dimensions: dimensions.items, plans: plans.items, atRisk: rows, stalling };
}

/** The targets at risk of a watch list sent by `compactWatchList`, each with its team, dimension and plan. */
export const atRiskRows = (watchList: PortfolioWatchList): TargetAtRisk[] =>
  watchList.atRisk.map(({ team, dimension, plan, ...figures }) => ({
    ...(watchList.teams[team] as TeamLabel),
    ...(watchList.dimensions[dimension] as DimensionLabel),
    ...(watchList.plans[plan] as PlanLabel),
    ...figures,
  }));

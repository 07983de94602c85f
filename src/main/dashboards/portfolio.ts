import { compareText } from '@shared/calc/order';
import { planMomentum } from '@shared/calc/momentum';
import { outlookFromSums } from '@shared/calc/outlook';
import {
  averageGap,
  compactTrend,
  compactWatchList,
  gapToTarget,
  type FoundAtRisk,
  targetsByDimension,
} from '@shared/calc/portfolio';
import { currentLevelAt, planProgress, targetProgress } from '@shared/calc/progress';
import { dimensionSeries } from '@shared/calc/trends';
import type {
  PlanLabel,
  PortfolioComparison,
  PortfolioHeatmaps,
  PortfolioRow,
  PortfolioWatchList,
  StallingPlan,
  TeamChanges,
  TeamLabel,
} from '@shared/domain/dashboards';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import type { Plan, PlanStatus } from '@shared/domain/plans';
import type { Team } from '@shared/domain/teams';
import type {
  Assessed,
  AssessedDay,
  LevelMove,
  PortfolioRows,
  ScoreRow,
  TargetPace,
  TrendLine,
  WatchListRows,
} from './repository';

export interface Scope {
  client?: string | undefined;
  modelId?: string | undefined;
  planStatuses?: PlanStatus[] | undefined;
}

export const teamLabel = (team: Team) => ({
  teamId: team.id,
  teamName: team.name,
  client: team.client,
  colour: team.colour,
});
export const dimensionLabel = (dimension: Dimension | undefined, dimensionId: string) => ({
  dimensionId,
  dimensionName: dimension?.name ?? '',
  dimensionNameFr: dimension?.nameFr ?? '',
});
export const latest = (days: readonly string[]) =>
  days.reduce<string | null>((a, d) => (a && a > d ? a : d), null);

/**
 * The rows in the scope: the client's teams; the plans in the chosen statuses and on the chosen model.
 * A team belongs to a model's heatmap when one of its plans in the scope is on the model or, with no
 * status chosen, when it was assessed on it.
 */
function scoped(rows: PortfolioRows, assessed: readonly Assessed[], scope: Scope) {
  const teams = rows.teams.filter((team) => scope.client === undefined || team.client === scope.client);
  const teamIds = new Set(teams.map((team) => team.id));
  const plans = rows.plans.filter(
    (plan) =>
      teamIds.has(plan.teamId) &&
      (scope.modelId === undefined || plan.modelId === scope.modelId) &&
      (scope.planStatuses === undefined || scope.planStatuses.includes(plan.status)),
  );
  const planIds = new Set(plans.map((plan) => plan.id));
  const targets = rows.targets.filter((target) => planIds.has(target.planId));
  const lastReviews = rows.lastReviews.filter((review) => planIds.has(review.planId));
  const plansOf = grouped(plans, (plan) => plan.teamId);
  const teamOfPlan = lazily(() => new Map(plans.map((plan) => [plan.id, plan.teamId] as const)));
  const assessedOf = grouped(
    assessed.filter((pair) => scope.modelId === undefined || pair.modelId === scope.modelId),
    (pair) => pair.teamId,
  );
  const models = lazily(
    () =>
      new Map(
        teams.map((team) => [
          team.id,
          new Set([
            ...plansOf(team.id).map((plan) => plan.modelId),
            ...(scope.planStatuses === undefined ? assessedOf(team.id).map((a) => a.modelId) : []),
          ]),
        ]),
      ),
  );
  return {
    teams,
    teamIds,
    plans,
    targets,
    lastReviews,
    modelsOf: (teamId: string) => models().get(teamId) ?? new Set<string>(),
    plansOf,
    /** A team's targets in the scope, in the order of the rows. */
    targetsOfTeam: grouped(targets, (target) => teamOfPlan().get(target.planId) as string),
    targetsOf: grouped(targets, (target) => target.planId),
    lastReviewOf: grouped(lastReviews, (review) => review.planId),
  };
}

/** What `make` makes, made on the first call: each view asks for some of the groupings only. */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The items with a key, grouped on the first look. */
function grouped<T>(items: readonly T[], key: (item: T) => string): (key: string) => T[] {
  const groups = lazily(() => Map.groupBy(items, key));
  return (value) => groups().get(value) ?? [];
}

type Scoped = ReturnType<typeof scoped>;

/** What the portfolio's heatmaps read besides the rows, asked only for what the scope shows. */
export interface HeatmapReads {
  /** The level of every dimension today, by team and dimension (dimensions belong to one model). */
  levels: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** The trend line of each team not archived on each model it was assessed on. */
  trends: readonly TrendLine[];
}

const pairKey = (teamId: string, modelId: string) => `${teamId}\u0000${modelId}`;

export function portfolioHeatmaps(
  rows: PortfolioRows,
  models: readonly ModelDetail[],
  scope: Scope,
  today: string,
  reads: HeatmapReads,
): PortfolioHeatmaps {
  const inScope = scoped(rows, reads.trends, scope);
  const levelOf = (teamId: string, dimensionId: string) => reads.levels.get(teamId)?.[dimensionId] ?? null;
  const trends = new Map(
    reads.trends.map(({ teamId, modelId, trend }) => [pairKey(teamId, modelId), trend] as const),
  );
  const trendOf = (teamId: string, modelId: string) =>
    trends.get(pairKey(teamId, modelId)) ?? { days: [], levels: [] };
  const blocks = models.flatMap((model) => {
    const blockRows = inScope.teams
      .filter((team) => inScope.modelsOf(team.id).has(model.id))
      .map((team) => portfolioRow(team, model, inScope, levelOf, trendOf(team.id, model.id)));
    return blockRows.length === 0 ? [] : [{ model, rows: blockRows }];
  });
  const placed = new Set(blocks.flatMap((block) => block.rows.map((row) => row.teamId)));
  const modelsInUse = new Set([...rows.plans, ...reads.trends].map((row) => row.modelId));
  return {
    today,
    clients: [...new Set(rows.teams.map((team) => team.client).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b),
    ),
    models: models
      .filter((model) => modelsInUse.has(model.id))
      .map(({ id, name, nameFr }) => ({ id, name, nameFr })),
    blocks,
    unrated: inScope.teams.filter((team) => !placed.has(team.id)).map(teamLabel),
    lastReviewDate: latest(inScope.lastReviews.map((review) => review.date)),
  };
}

/**
 * The trend lines when some dimensions are retired: the mean level of the others, on each day one of
 * them was assessed. The summary's sums hold every dimension: those of the retired ones, from their own
 * scores, are taken out.
 */
export function trendsWithoutRetired(
  days: readonly (Assessed & { days: AssessedDay[] })[],
  retiredScores: readonly ScoreRow[],
): TrendLine[] {
  const retiredOf = Map.groupBy(retiredScores, (score) => pairKey(score.teamId, score.modelId));
  return days.map(({ teamId, modelId, days: assessed }) => {
    const scores = retiredOf.get(pairKey(teamId, modelId)) ?? [];
    const histories = [...dimensionSeries(scores).values()];
    const retiredCount = Map.groupBy(scores, (score) => score.date);
    const points = assessed.flatMap(([date, count, levelSum, rated]) => {
      if (count <= (retiredCount.get(date)?.length ?? 0)) return [];
      const held = histories
        .map((history) => currentLevelAt(history, date))
        .filter((level): level is number => level !== null);
      return [{ date, level: (levelSum - held.reduce((a, b) => a + b, 0)) / (rated - held.length) }];
    });
    return { teamId, modelId, trend: compactTrend(points) };
  });
}

function portfolioRow(
  team: Team,
  model: ModelDetail,
  inScope: Scoped,
  levelOf: (teamId: string, dimensionId: string) => number | null,
  trend: PortfolioRow['trend'],
): PortfolioRow {
  const plans = inScope.plansOf(team.id).filter((plan) => plan.modelId === model.id);
  const targets = targetsByDimension(
    plans,
    inScope.targetsOfTeam(team.id).filter((target) => plans.some((plan) => plan.id === target.planId)),
  );
  const targetOf = new Map(targets.map((target) => [target.dimensionId, target] as const));
  // The block's columns: the model's dimensions not retired, in its order.
  const columns = model.dimensions.filter((d) => !d.retired);
  const columnTargets = columns.map((dimension) => targetOf.get(dimension.id) ?? null);
  const levels = columns.map((dimension) => levelOf(team.id, dimension.id));
  const gaps = levels.map((level, i) => gapToTarget(level, columnTargets[i] ?? null));
  return {
    ...teamLabel(team),
    planIds: plans.map((plan) => plan.id),
    progress: planProgress(
      targets.map((target) => targetProgress(target, levelOf(team.id, target.dimensionId))),
    ),
    averageGap: averageGap(gaps),
    levels,
    targetLevels: columnTargets.map((target) => target?.targetLevel ?? null),
    gaps,
    trend,
  };
}

/**
 * The targets of active plans at risk or off track, the first to fall due first (then by team and in
 * the model's order); the stalling plans by team. The rows hold the running plans only, and where each
 * of their targets stands (those reached go no further) and its pace.
 */
export function portfolioWatchList(
  rows: WatchListRows,
  models: readonly ModelDetail[],
  scope: Scope,
  today: string,
): PortfolioWatchList {
  const inScope = scoped(rows, [], scope);
  const dimensionLabels = new Map(
    models.flatMap((m) => m.dimensions).map((d) => [d.id, dimensionLabel(d, d.id)] as const),
  );
  // Plans in the scope belong to teams in it.
  const teamLabels = new Map<string, TeamLabel>(inScope.teams.map((team) => [team.id, teamLabel(team)]));
  const running = inScope.plans; // the rows hold the running plans only
  const atRisk: FoundAtRisk[] = [];
  for (const plan of running) {
    const label: PlanLabel = { planId: plan.id, planTitle: plan.title };
    for (const target of inScope.targetsOf(plan.id)) {
      const pace = rows.paces.get(target.id) as TargetPace; // the rows hold one for each of their targets
      const { current } = pace;
      if ((current ?? target.baselineLevel) >= target.targetLevel) continue; // reached
      const outlook = outlookFromSums({
        target,
        current,
        pace: pace.sums,
        steps: pace.steps,
        planStart: plan.startDate,
        today,
      });
      if (outlook.status !== 'at-risk' && outlook.status !== 'off-track') continue;
      atRisk.push({
        team: teamLabels.get(plan.teamId) as TeamLabel,
        dimension: dimensionLabels.get(target.dimensionId) ?? dimensionLabel(undefined, target.dimensionId),
        plan: label,
        figures: {
          targetId: target.id,
          current: outlook.current,
          targetLevel: target.targetLevel,
          targetDate: target.targetDate,
          status: outlook.status,
          forecast: latestForecast(outlook.forecastFromTrend, outlook.forecastFromSteps),
        },
      });
    }
  }
  const stalling = running.flatMap((plan): StallingPlan[] => {
    const [lastReview] = inScope.lastReviewOf(plan.id);
    const m = planMomentum({
      today,
      plan,
      lastDone: rows.lastDone.get(plan.id) ?? null,
      reviewDates: lastReview ? [lastReview.date] : [],
    });
    if (!m.stalling) return [];
    return [
      {
        ...(teamLabels.get(plan.teamId) as TeamLabel),
        planId: plan.id,
        planTitle: plan.title,
        daysSinceLastDone: m.daysSinceLastDone,
        reviewOverdue: m.reviewOverdue,
        nextReviewDue: m.nextReviewDue,
      },
    ];
  });
  const sorted = sortWatchList(models, atRisk, stalling);
  return compactWatchList(sorted.atRisk, sorted.stalling);
}

/** Team names as `localeCompare(…, 'en', { sensitivity: 'base' })` orders them, with one collator made once. */
const names = new Intl.Collator('en', { sensitivity: 'base' });

/** The watch list in the order a manager reads it. */
export function sortWatchList(
  models: readonly ModelDetail[],
  atRisk: FoundAtRisk[],
  stalling: StallingPlan[],
) {
  const order = new Map(models.flatMap((m) => m.dimensions).map((d, i) => [d.id, i] as const));
  const byName = (a: { teamName: string }, b: { teamName: string }) => names.compare(a.teamName, b.teamName);
  return {
    atRisk: atRisk.sort(
      (a, b) =>
        compareText(a.figures.targetDate, b.figures.targetDate) ||
        byName(a.team, b.team) ||
        (order.get(a.dimension.dimensionId) ?? 0) - (order.get(b.dimension.dimensionId) ?? 0),
    ),
    stalling: stalling.sort((a, b) => byName(a, b) || a.planTitle.localeCompare(b.planTitle)),
  };
}

/** Both forecasts must come true for the target to be reached: the later one tells when. */
export const latestForecast = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : a > b ? a : b;

/**
 * What changed between two days, team by team, in the scope of the portfolio. `moves` are the levels
 * set between the two days with the level before; `stepsDone` counts each plan's steps done between them.
 */
export function comparison(
  rows: PortfolioRows,
  assessed: readonly Assessed[],
  dimensions: readonly Dimension[],
  scope: Scope,
  period: { from: string; to: string },
  moves: readonly LevelMove[],
  stepsDone: (planIds: readonly string[]) => Map<string, number>,
): PortfolioComparison {
  const inScope = scoped(rows, assessed, scope);
  const dimensionOf = new Map(dimensions.map((d) => [d.id, d] as const));
  const order = new Map(dimensions.map((d, i) => [d.id, i] as const));
  const inModelOrder = (a: { dimensionId: string }, b: { dimensionId: string }) =>
    (order.get(a.dimensionId) ?? 0) - (order.get(b.dimensionId) ?? 0);
  const planOf = new Map<string, Plan>(inScope.plans.map((plan) => [plan.id, plan] as const));
  const movesOf = Map.groupBy(
    moves.filter(
      ([teamId, modelId, dimensionId]) =>
        inScope.teamIds.has(teamId) &&
        (scope.modelId === undefined || modelId === scope.modelId) &&
        !dimensionOf.get(dimensionId)?.retired,
    ),
    ([teamId]) => teamId,
  );
  const done =
    inScope.plans.length === 0 ? new Map<string, number>() : stepsDone(inScope.plans.map((p) => p.id));
  const teams = inScope.teams.map((team): TeamChanges => {
    const teamMoves = movesOf.get(team.id) ?? [];
    const moveOf = new Map(teamMoves.map((move) => [move[2], move] as const));
    const changed = teamMoves.flatMap(([, , dimensionId, from, to]) =>
      from === null || from === to ? [] : [{ dimensionId, from, to }],
    );
    const label = (change: { dimensionId: string; from: number; to: number }) => ({
      ...dimensionLabel(dimensionOf.get(change.dimensionId), change.dimensionId),
      from: change.from,
      to: change.to,
    });
    const plans = inScope.plansOf(team.id);
    const reached = inScope.targetsOfTeam(team.id).filter((target) => {
      const move = moveOf.get(target.dimensionId);
      return (
        move !== undefined &&
        (move[3] ?? target.baselineLevel) < target.targetLevel &&
        move[4] >= target.targetLevel
      );
    });
    return {
      ...teamLabel(team),
      levelsUp: changed
        .filter((c) => c.to > c.from)
        .sort(inModelOrder)
        .map(label),
      levelsDown: changed
        .filter((c) => c.to < c.from)
        .sort(inModelOrder)
        .map(label),
      stepsDone: plans.reduce((total, plan) => total + (done.get(plan.id) ?? 0), 0),
      targetsReached: reached.map((target) => ({
        ...dimensionLabel(dimensionOf.get(target.dimensionId), target.dimensionId),
        targetId: target.id,
        planId: target.planId,
        planTitle: planOf.get(target.planId)?.title ?? '',
        targetLevel: target.targetLevel,
      })),
    };
  });
  const sum = (count: (team: TeamChanges) => number) => teams.reduce((total, team) => total + count(team), 0);
  return {
    ...period,
    totals: {
      levelsUp: sum((team) => team.levelsUp.length),
      levelsDown: sum((team) => team.levelsDown.length),
      stepsDone: sum((team) => team.stepsDone),
      targetsReached: sum((team) => team.targetsReached.length),
    },
    teams,
  };
}

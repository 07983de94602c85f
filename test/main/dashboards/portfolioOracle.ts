import { levelChanges, stepsDoneBetween, targetsReachedBetween } from '@shared/calc/compare';
import { momentum } from '@shared/calc/momentum';
import { targetOutlook } from '@shared/calc/outlook';
import {
  averageGap,
  compactTrend,
  gapToTarget,
  targetsByDimension,
  type FoundAtRisk,
} from '@shared/calc/portfolio';
import { currentLevelAt, planProgress, targetProgress, type DatedLevel } from '@shared/calc/progress';
import { dimensionSeries, groupSeries } from '@shared/calc/trends';
import type {
  Portfolio,
  PortfolioComparison,
  PortfolioRow,
  StallingPlan,
  TargetAtRisk,
  TeamChanges,
} from '@shared/domain/dashboards';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import type { Plan, Step } from '@shared/domain/plans';
import type { Team } from '@shared/domain/teams';
import type { Db } from '../../../src/main/db/connection';
import { stepsTable } from '../../../src/main/plans/tables';
import { modelsOf } from '../../../src/main/dashboards/handlers';
import {
  dimensionLabel,
  latest,
  latestForecast,
  sortWatchList,
  teamLabel,
  type Scope,
} from '../../../src/main/dashboards/portfolio';
import {
  portfolioRows as summaryRows,
  type PortfolioTarget,
  type ScoreRow,
} from '../../../src/main/dashboards/repository';

/**
 * The portfolio as it was calculated before the summary of levels (migration 4): from every score and
 * every step of every team. Kept as the oracle that the summary's results must equal.
 */

type Raw = Record<string, unknown>;

interface PortfolioRows {
  teams: Team[];
  plans: Plan[];
  targets: PortfolioTarget[];
  steps: Step[];
  lastReviews: { planId: string; date: string }[];
  scores: ScoreRow[];
}

/** The rows the portfolio reads today, with every step and every score, as it read them. */
function portfolioRows(db: Db, day: string): PortfolioRows {
  const all = (sql: string) => db.prepare(sql).all({ day }) as Raw[];
  return {
    ...summaryRows(db, day),
    steps: all(
      `SELECT s.* FROM teams t JOIN plans p ON p.team_id = t.id JOIN steps s ON s.plan_id = p.id
       WHERE t.archived = 0`,
    ).map(stepsTable.fromDb),
    scores: all(
      `SELECT a.team_id AS teamId, a.model_id AS modelId, a.date, s.dimension_id AS dimensionId, s.level
       FROM teams t JOIN assessments a ON a.team_id = t.id JOIN assessment_scores s ON s.assessment_id = a.id
       WHERE t.archived = 0 AND a.date <= @day
       ORDER BY a.date, a.created_at, a.id`,
    ) as unknown as ScoreRow[],
  };
}

/** portfolio.get as it was. */
export function oraclePortfolio(db: Db, scope: Scope, today: string): Portfolio {
  const rows = portfolioRows(db, today);
  return portfolio(rows, modelsOf(db, rows.plans, rows.scores), scope, today);
}

/** portfolio.compare as it was. */
export function oracleComparison(db: Db, scope: Scope, from: string, to: string): PortfolioComparison {
  const rows = portfolioRows(db, to);
  return comparison(
    rows,
    modelsOf(db, rows.plans, rows.scores).flatMap((model) => model.dimensions),
    scope,
    from,
    to,
  );
}

/**
 * The rows in the scope: the client's teams; the plans in the chosen statuses and on the chosen model;
 * the levels on that model. A team belongs to a model's heatmap when one of its plans in the scope is on
 * the model or, with no status chosen, when it was assessed on it.
 */
function scoped(rows: PortfolioRows, scope: Scope) {
  const teams = rows.teams.filter((team) => scope.client === undefined || team.client === scope.client);
  const teamIds = new Set(teams.map((team) => team.id));
  const plans = rows.plans.filter(
    (plan) =>
      teamIds.has(plan.teamId) &&
      (scope.modelId === undefined || plan.modelId === scope.modelId) &&
      (scope.planStatuses === undefined || scope.planStatuses.includes(plan.status)),
  );
  const planIds = new Set(plans.map((plan) => plan.id));
  const scores = rows.scores.filter(
    (score) => teamIds.has(score.teamId) && (scope.modelId === undefined || score.modelId === scope.modelId),
  );
  const targets = rows.targets.filter((target) => planIds.has(target.planId));
  const steps = rows.steps.filter((step) => planIds.has(step.planId));
  const lastReviews = rows.lastReviews.filter((review) => planIds.has(review.planId));
  // Looked up by team and by plan: filtering every row again for each team is quadratic at 200 teams.
  const plansOfTeam = Map.groupBy(plans, (plan) => plan.teamId);
  const scoresOfTeam = Map.groupBy(scores, (score) => score.teamId);
  const models = new Map(
    teams.map((team) => [
      team.id,
      new Set([
        ...(plansOfTeam.get(team.id) ?? []).map((plan) => plan.modelId),
        ...(scope.planStatuses === undefined ? (scoresOfTeam.get(team.id) ?? []).map((s) => s.modelId) : []),
      ]),
    ]),
  );
  return {
    teams,
    plans,
    targets,
    steps,
    lastReviews,
    scores,
    modelsOf: (teamId: string) => models.get(teamId) ?? new Set<string>(),
    plansOf: (teamId: string) => plansOfTeam.get(teamId) ?? [],
    scoresOf: (teamId: string) => scoresOfTeam.get(teamId) ?? [],
    targetsOf: grouped(targets, (target) => target.planId),
    stepsOf: grouped(steps, (step) => step.planId),
    lastReviewOf: grouped(lastReviews, (review) => review.planId),
  };
}

function grouped<T>(items: readonly T[], key: (item: T) => string): (key: string) => T[] {
  const groups = Map.groupBy(items, key);
  return (value) => groups.get(value) ?? [];
}

type Scoped = ReturnType<typeof scoped>;

/** A team's history on each dimension, from one pass over the scores. */
function historiesByTeam(scores: readonly ScoreRow[]): (teamId: string, dimensionId: string) => DatedLevel[] {
  const byTeam = new Map<string, ScoreRow[]>();
  for (const score of scores) {
    const rows = byTeam.get(score.teamId);
    if (rows) rows.push(score);
    else byTeam.set(score.teamId, [score]);
  }
  const series = new Map([...byTeam].map(([teamId, rows]) => [teamId, dimensionSeries(rows)] as const));
  return (teamId, dimensionId) => series.get(teamId)?.get(dimensionId) ?? [];
}

function portfolio(
  rows: PortfolioRows,
  models: readonly ModelDetail[],
  scope: Scope,
  today: string,
): Portfolio {
  const inScope = scoped(rows, scope);
  const historyOf = historiesByTeam(inScope.scores);
  const blocks = models.flatMap((model) => {
    const blockRows = inScope.teams
      .filter((team) => inScope.modelsOf(team.id).has(model.id))
      .map((team) => portfolioRow(team, model, inScope, historyOf, today));
    return blockRows.length === 0 ? [] : [{ model, rows: blockRows }];
  });
  const placed = new Set(blocks.flatMap((block) => block.rows.map((row) => row.teamId)));
  // The rows hold only the teams not archived: every plan and score read is of one of them.
  const modelsInUse = new Set([...rows.plans, ...rows.scores].map((row) => row.modelId));
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
    ...watchList(inScope, models, historyOf, today),
    lastReviewDate: latest(inScope.lastReviews.map((review) => review.date)),
  };
}

function portfolioRow(
  team: Team,
  model: ModelDetail,
  inScope: Scoped,
  historyOf: (teamId: string, dimensionId: string) => DatedLevel[],
  today: string,
): PortfolioRow {
  const plans = inScope.plansOf(team.id).filter((plan) => plan.modelId === model.id);
  const planIds = new Set(plans.map((plan) => plan.id));
  const targets = targetsByDimension(
    plans,
    inScope.targets.filter((target) => planIds.has(target.planId)),
  );
  const targetOf = new Map(targets.map((target) => [target.dimensionId, target] as const));
  const levelOf = (dimensionId: string) => currentLevelAt(historyOf(team.id, dimensionId), today);
  const active = model.dimensions.filter((d) => !d.retired);
  const cells = active.map((dimension) => {
    const target = targetOf.get(dimension.id) ?? null;
    const level = levelOf(dimension.id);
    return { level, targetLevel: target?.targetLevel ?? null, gap: gapToTarget(level, target) };
  });
  return {
    ...teamLabel(team),
    planIds: plans.map((plan) => plan.id),
    progress: planProgress(targets.map((target) => targetProgress(target, levelOf(target.dimensionId)))),
    averageGap: averageGap(cells.map((cell) => cell.gap)),
    levels: cells.map((cell) => cell.level),
    targetLevels: cells.map((cell) => cell.targetLevel),
    gaps: cells.map((cell) => cell.gap),
    trend: compactTrend(
      groupSeries(
        inScope.scoresOf(team.id).filter((score) => score.modelId === model.id),
        active.map((d) => d.id),
      ),
    ),
  };
}

/**
 * The targets of active plans at risk or off track, the first to fall due first (then by team and in
 * the model's order); the stalling plans by team.
 */
function watchList(
  inScope: Scoped,
  models: readonly ModelDetail[],
  historyOf: (teamId: string, dimensionId: string) => DatedLevel[],
  today: string,
): { atRisk: TargetAtRisk[]; stalling: StallingPlan[] } {
  const dimensionOf = new Map(models.flatMap((m) => m.dimensions).map((d) => [d.id, d] as const));
  const teamOf = new Map(inScope.teams.map((team) => [team.id, team] as const));
  const running = inScope.plans.filter((plan) => plan.status === 'active' && plan.startDate <= today);
  const atRisk: FoundAtRisk[] = [];
  const stalling: StallingPlan[] = [];
  for (const plan of running) {
    const team = teamOf.get(plan.teamId) as Team; // plans in the scope belong to teams in it
    const steps = inScope.stepsOf(plan.id);
    for (const target of inScope.targetsOf(plan.id)) {
      const outlook = targetOutlook({
        target,
        history: historyOf(plan.teamId, target.dimensionId),
        steps: steps.filter((step) => step.targetId === target.id),
        planStart: plan.startDate,
        today,
      });
      if (outlook.status !== 'at-risk' && outlook.status !== 'off-track') continue;
      atRisk.push({
        team: teamLabel(team),
        dimension: dimensionLabel(dimensionOf.get(target.dimensionId), target.dimensionId),
        plan: { planId: plan.id, planTitle: plan.title },
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
    const [lastReview] = inScope.lastReviewOf(plan.id);
    const m = momentum({ today, plan, steps, reviewDates: lastReview ? [lastReview.date] : [] });
    if (m.stalling) {
      stalling.push({
        ...teamLabel(team),
        planId: plan.id,
        planTitle: plan.title,
        daysSinceLastDone: m.daysSinceLastDone,
        reviewOverdue: m.reviewOverdue,
        nextReviewDue: m.nextReviewDue,
      });
    }
  }
  const sorted = sortWatchList(models, atRisk, stalling);
  return {
    atRisk: sorted.atRisk.map(({ team, dimension, plan, figures }) => ({
      ...team,
      ...dimension,
      ...plan,
      ...figures,
    })),
    stalling: sorted.stalling,
  };
}

/** What changed between two days, team by team, in the scope of the portfolio. */
function comparison(
  rows: PortfolioRows,
  dimensions: readonly Dimension[],
  scope: Scope,
  from: string,
  to: string,
): PortfolioComparison {
  const inScope = scoped(rows, scope);
  const dimensionOf = new Map(dimensions.map((d) => [d.id, d] as const));
  const order = new Map(dimensions.map((d, i) => [d.id, i] as const));
  const inModelOrder = (a: { dimensionId: string }, b: { dimensionId: string }) =>
    (order.get(a.dimensionId) ?? 0) - (order.get(b.dimensionId) ?? 0);
  const planOf = new Map<string, Plan>(inScope.plans.map((plan) => [plan.id, plan] as const));
  const teams = inScope.teams.map((team): TeamChanges => {
    const scores = inScope.scoresOf(team.id).filter((score) => !dimensionOf.get(score.dimensionId)?.retired);
    const plans = inScope.plansOf(team.id);
    const planIds = new Set(plans.map((plan) => plan.id));
    const { up, down } = levelChanges(scores, from, to);
    const label = (change: { dimensionId: string; from: number; to: number }) => ({
      ...dimensionLabel(dimensionOf.get(change.dimensionId), change.dimensionId),
      from: change.from,
      to: change.to,
    });
    return {
      ...teamLabel(team),
      levelsUp: up.sort(inModelOrder).map(label),
      levelsDown: down.sort(inModelOrder).map(label),
      stepsDone: stepsDoneBetween(
        plans.flatMap((plan) => inScope.stepsOf(plan.id)),
        from,
        to,
      ),
      targetsReached: targetsReachedBetween(
        inScope.targets.filter((target) => planIds.has(target.planId)),
        scores,
        from,
        to,
      ).map((target) => ({
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
    from,
    to,
    totals: {
      levelsUp: sum((team) => team.levelsUp.length),
      levelsDown: sum((team) => team.levelsDown.length),
      stepsDone: sum((team) => team.stepsDone),
      targetsReached: sum((team) => team.targetsReached.length),
    },
    teams,
  };
}

/** A span of the summary (migration 4, keyed by numbers since 15), by the ids its numbers stand for. */
export interface LevelSpan {
  key: string;
  date: string;
  until: string | null;
  level: number;
}

/** `level_spans` as stored, each keyed by its team, model and dimension. */
export function storedSpans(db: Db): LevelSpan[] {
  return db
    .prepare(
      `SELECT p.team_id || ' ' || p.model_id || ' ' || k.dimension_id AS key, s.date, s.until, s.level
       FROM level_spans s JOIN level_pairs p ON p.id = s.pair JOIN level_dimensions k ON k.id = s.dimension
       ORDER BY key, s.date`,
    )
    .all() as LevelSpan[];
}

/**
 * The spans as calculated from every score: for each team, model and dimension, the level at the end of
 * each day it was scored (the latest score of the day), one span for each day it differs from the day
 * before, holding until the next.
 */
export function oracleSpans(db: Db): LevelSpan[] {
  const scores = db
    .prepare(
      `SELECT a.team_id || ' ' || a.model_id || ' ' || s.dimension_id AS key, a.date, s.level
       FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
       ORDER BY key, a.date, a.created_at, a.id`,
    )
    .all() as { key: string; date: string; level: number }[];
  const spans: LevelSpan[] = [];
  scores.forEach((score, i) => {
    const next = scores[i + 1];
    if (next?.key === score.key && next.date === score.date) return; // not the day's last
    const last = spans.at(-1);
    if (last?.key === score.key && last.level === score.level) return;
    if (last?.key === score.key) last.until = score.date;
    spans.push({ key: score.key, date: score.date, until: null, level: score.level });
  });
  return spans;
}

/** What the team dashboard and the portfolio show: progress against targets, trends and forecasts. */
import { z } from 'zod';
import { targetStatuses } from '../calc/forecast';
import { Day, Id, Level, ShortText } from './common';
import { ModelDetail } from './models';
import { Plan, PlanStatus, Target } from './plans';
import { TeamSatisfaction } from './surveys';
import { Team } from './teams';

export const TargetStatus = z.enum(targetStatuses);

/** A level on a day; means over several dimensions are not whole levels. */
export const DatedValue = z.object({ date: Day, level: z.number() });
export type DatedValue = z.infer<typeof DatedValue>;

export const TeamDashboardQuery = z.strictObject({
  teamId: Id,
  /** The plan to show; the team's active plan (else its latest) when left out. */
  planId: Id.optional(),
});

/** A target with where it stands today and when it will be reached at the current pace. */
export const TargetView = Target.extend({
  /** The latest level assessed on or before today; null before the first assessment. */
  current: Level.nullable(),
  currentDate: Day.nullable(),
  progress: z.number(),
  forecastFromTrend: Day.nullable(),
  forecastFromSteps: Day.nullable(),
  status: TargetStatus,
  stepCount: z.number().int(),
  doneStepCount: z.number().int(),
  /** The dimension is no longer rated in its model. */
  retired: z.boolean(),
  /** The levels assessed since the plan started (and the last one before), for the trend line. */
  history: z.array(DatedValue),
  /** The forecast drawn ahead of the history, dashed: empty when there is none. */
  forecastLine: z.array(DatedValue),
});
export type TargetView = z.infer<typeof TargetView>;

export const RadarPoint = z.object({
  dimensionId: Id,
  /** The target's baseline, else the level when the plan started. */
  baseline: Level.nullable(),
  current: Level.nullable(),
  /** The target level, else the current level: no target asks the team to hold where it is. */
  target: Level.nullable(),
  targeted: z.boolean(),
});
export const RadarView = z.object({ axisIds: z.array(Id), points: z.array(RadarPoint) });
export type RadarView = z.infer<typeof RadarView>;

export const BurnUpPoint = z.object({ date: Day, done: z.number().int(), total: z.number().int() });
export type BurnUpPoint = z.infer<typeof BurnUpPoint>;

export const MomentumView = z.object({
  stepsDonePerWeek: z.number(),
  quickWinShare: z.number().nullable(),
  daysSinceLastDone: z.number().int().nullable(),
  nextReviewDue: Day.nullable(),
  reviewOverdue: z.boolean(),
  stalling: z.boolean(),
});

export const BudgetView = z.object({
  budget: z.number().nullable(),
  planned: z.number(),
  spent: z.number(),
  remaining: z.number().nullable(),
  overBudget: z.boolean(),
  levelsGained: z.number().int(),
  costPerLevelGained: z.number().nullable(),
});
export type BudgetView = z.infer<typeof BudgetView>;

export const PlanDashboard = Plan.extend({
  model: ModelDetail,
  targets: z.array(TargetView),
  progress: z.number().nullable(),
  axisProgress: z.array(z.object({ axisId: Id, progress: z.number() })),
  radars: z.array(RadarView),
  trends: z.object({
    overall: z.array(DatedValue),
    axes: z.array(z.object({ axisId: Id, points: z.array(DatedValue) })),
  }),
  burnUp: z.array(BurnUpPoint),
  momentum: MomentumView,
  budget: BudgetView,
  lastReviewDate: Day.nullable(),
});
export type PlanDashboard = z.infer<typeof PlanDashboard>;

export const PlanChoice = Plan.pick({
  id: true,
  title: true,
  status: true,
  startDate: true,
  endDate: true,
  modelId: true,
});
export type PlanChoice = z.infer<typeof PlanChoice>;

export const TeamDashboard = z.object({
  today: Day,
  team: Team,
  plans: z.array(PlanChoice),
  /** The plan shown; null when the team has none. */
  plan: PlanDashboard.nullable(),
  /** The team's satisfaction, shown beside its maturity. */
  satisfaction: TeamSatisfaction,
});
export type TeamDashboard = z.infer<typeof TeamDashboard>;

const PortfolioScope = {
  client: ShortText.optional(),
  modelId: Id.optional(),
  /** Only plans in these statuses count (all of them when left out). */
  planStatuses: z.array(PlanStatus).max(5).optional(),
};
export const PortfolioQuery = z.strictObject(PortfolioScope);
export type PortfolioQuery = z.input<typeof PortfolioQuery>;

const TeamLabel = { teamId: Id, teamName: z.string(), client: z.string(), colour: z.string() };

/**
 * A team on its model's heatmap. The figures of its cells come as lists aligned on the block's columns,
 * the model's dimensions not retired in their order, and its trend as a list of days and one of levels:
 * at 200 teams × 34 dimensions, repeating each cell's dimension and each point's field names would make
 * most of the answer.
 */
export const PortfolioRow = z.object({
  ...TeamLabel,
  planIds: z.array(Id),
  progress: z.number().nullable(),
  averageGap: z.number().nullable(),
  /** The level today on each column; null where the dimension is not rated yet. */
  levels: z.array(Level.nullable()),
  /** The target level on each column; null where the team has none. */
  targetLevels: z.array(Level.nullable()),
  /** The gap to target on each column; null where the team has no target. */
  gaps: z.array(z.number().int().nullable()),
  /**
   * The mean level over the model's dimensions, assessment by assessment, to the hundredth (finer than
   * its line or its label shows): `levels[i]` on the day numbered `days[i]` (`epochDay` of dates.ts).
   */
  trend: z.object({ days: z.array(z.number().int()), levels: z.array(z.number()) }),
});
export type PortfolioRow = z.infer<typeof PortfolioRow>;

/** The teams on one model: they share its dimensions, so they share a heatmap. */
export const PortfolioBlock = z.object({ model: ModelDetail, rows: z.array(PortfolioRow) });
export type PortfolioBlock = z.infer<typeof PortfolioBlock>;

const DimensionLabel = { dimensionId: Id, dimensionName: z.string(), dimensionNameFr: z.string() };
const PlanLabel = { planId: Id, planTitle: z.string() };
export type TeamLabel = z.infer<z.ZodObject<typeof TeamLabel>>;
export type DimensionLabel = z.infer<z.ZodObject<typeof DimensionLabel>>;
export type PlanLabel = z.infer<z.ZodObject<typeof PlanLabel>>;

/** What the watch list tells of a target at risk, beside whose it is. */
const AtRiskFigures = {
  targetId: Id,
  current: Level.nullable(),
  targetLevel: Level,
  targetDate: Day,
  status: TargetStatus,
  /** The later of the two forecasts: when the target would be reached at the current pace. */
  forecast: Day.nullable(),
};
export type AtRiskFigures = z.infer<z.ZodObject<typeof AtRiskFigures>>;

/** A target at risk, with its team, dimension and plan. */
export const TargetAtRisk = z.object({
  ...TeamLabel,
  ...DimensionLabel,
  ...PlanLabel,
  ...AtRiskFigures,
});
export type TargetAtRisk = z.infer<typeof TargetAtRisk>;

/** A place in one of the watch list's lists of teams, dimensions and plans. */
const Place = z.number().int().nonnegative();

/** A target at risk as the watch list sends it: its team, dimension and plan by their places. */
export const AtRiskRow = z.object({ team: Place, dimension: Place, plan: Place, ...AtRiskFigures });
export type AtRiskRow = z.infer<typeof AtRiskRow>;

export const StallingPlan = z.object({
  ...TeamLabel,
  ...PlanLabel,
  daysSinceLastDone: z.number().int().nullable(),
  reviewOverdue: z.boolean(),
  nextReviewDue: Day.nullable(),
});
export type StallingPlan = z.infer<typeof StallingPlan>;

/** The portfolio's heatmaps and what its filters offer (`portfolio.get`). */
export const PortfolioHeatmaps = z.object({
  today: Day,
  /** What the filters offer: the clients and models of every team not archived. */
  clients: z.array(z.string()),
  models: z.array(z.object({ id: Id, name: z.string(), nameFr: z.string() })),
  blocks: z.array(PortfolioBlock),
  /** Teams with no plan and no assessment yet in the scope: nothing to put on a heatmap. */
  unrated: z.array(z.object(TeamLabel)),
  /** The latest review held in the scope: where "what changed since the last review" starts. */
  lastReviewDate: Day.nullable(),
});
export type PortfolioHeatmaps = z.infer<typeof PortfolioHeatmaps>;

/**
 * The portfolio's watch list (`portfolio.watchList`): asked for after the heatmaps rather than with
 * them, so that at hundreds of teams neither request holds the core up for long.
 */
export const PortfolioWatchList = z.object({
  /**
   * The teams, dimensions and plans of the targets at risk, each once: at 200 teams, the 900 rows
   * repeating them made two thirds of the answer.
   */
  teams: z.array(z.object(TeamLabel)),
  dimensions: z.array(z.object(DimensionLabel)),
  plans: z.array(z.object(PlanLabel)),
  atRisk: z.array(AtRiskRow),
  stalling: z.array(StallingPlan),
});
export type PortfolioWatchList = z.infer<typeof PortfolioWatchList>;

/** The portfolio screen: its heatmaps and its watch list, its targets at risk written out. */
export type Portfolio = PortfolioHeatmaps & { atRisk: TargetAtRisk[]; stalling: StallingPlan[] };

export const PortfolioCompareQuery = z
  .strictObject({ ...PortfolioScope, from: Day, to: Day })
  .refine((q) => q.from <= q.to, { message: 'must not end before it starts', path: ['to'] });
export type PortfolioCompareQuery = z.input<typeof PortfolioCompareQuery>;

export const LevelChangeView = z.object({ ...DimensionLabel, from: Level, to: Level });
export type LevelChangeView = z.infer<typeof LevelChangeView>;

export const TeamChanges = z.object({
  ...TeamLabel,
  levelsUp: z.array(LevelChangeView),
  levelsDown: z.array(LevelChangeView),
  stepsDone: z.number().int(),
  targetsReached: z.array(z.object({ ...DimensionLabel, ...PlanLabel, targetId: Id, targetLevel: Level })),
});
export type TeamChanges = z.infer<typeof TeamChanges>;

export const PortfolioComparison = z.object({
  from: Day,
  to: Day,
  totals: z.object({
    levelsUp: z.number().int(),
    levelsDown: z.number().int(),
    stepsDone: z.number().int(),
    targetsReached: z.number().int(),
  }),
  /** Every team in the scope, those with nothing changed included. */
  teams: z.array(TeamChanges),
});
export type PortfolioComparison = z.infer<typeof PortfolioComparison>;

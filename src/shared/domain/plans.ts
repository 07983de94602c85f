import { z } from 'zod';
import {
  Day,
  EffortDays,
  Id,
  Level,
  LongText,
  Money,
  Name,
  Position,
  ShortText,
  Timestamps,
  patchOf,
} from './common';
import { planStatuses, reviewKinds, reviewStepActions, stepStatuses } from './constants';

export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** The small-step rule's defaults (PRODUCT.md): more than 5 days of effort or 2 weeks from start to due. */
export const defaultStepLimits = { maxStepEffortDays: 5, maxStepSpanDays: 14 } as const;

export const Plan = z.object({
  id: Id,
  teamId: Id,
  modelId: Id,
  title: Name,
  objective: LongText,
  owner: ShortText,
  startDate: Day,
  endDate: Day,
  status: PlanStatus,
  budget: Money.nullable(),
  reviewCadenceDays: z.number().int().min(1).max(366).nullable(),
  maxStepEffortDays: EffortDays,
  maxStepSpanDays: z.number().int().min(1).max(3660),
  ...Timestamps,
});
export type Plan = z.infer<typeof Plan>;

const planFields = {
  title: Name,
  objective: LongText,
  owner: ShortText,
  startDate: Day,
  endDate: Day,
  budget: Money.nullable(),
  reviewCadenceDays: z.number().int().min(1).max(366).nullable(),
  maxStepEffortDays: EffortDays,
  maxStepSpanDays: z.number().int().min(1).max(3660),
};
const endNotBeforeStart = (p: { startDate?: string; endDate?: string }) =>
  p.startDate === undefined || p.endDate === undefined || p.endDate >= p.startDate;
const periodMessage = { message: 'must not end before it starts', path: ['endDate'] };

export const PlanCreate = z
  .strictObject({
    teamId: Id,
    modelId: Id,
    title: Name,
    objective: LongText.default(''),
    owner: ShortText.default(''),
    startDate: Day,
    endDate: Day,
    status: PlanStatus.default('draft'),
    budget: Money.nullable().default(null),
    reviewCadenceDays: planFields.reviewCadenceDays.default(28),
    maxStepEffortDays: EffortDays.default(defaultStepLimits.maxStepEffortDays),
    maxStepSpanDays: planFields.maxStepSpanDays.default(defaultStepLimits.maxStepSpanDays),
  })
  .refine(endNotBeforeStart, periodMessage);
export type PlanCreate = z.input<typeof PlanCreate>;
export const PlanUpdate = z.strictObject({
  id: Id,
  patch: z.strictObject(planFields).partial().refine(endNotBeforeStart, periodMessage),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;
export const PlanSetStatus = z.strictObject({ id: Id, status: PlanStatus });

export const PlanListQuery = z.strictObject({
  teamId: Id.optional(),
  statuses: z.array(PlanStatus).max(planStatuses.length).optional(),
});

export const Target = z.object({
  id: Id,
  planId: Id,
  dimensionId: Id,
  baselineLevel: Level,
  targetLevel: Level,
  targetDate: Day,
  rationale: LongText,
  ...Timestamps,
});
export type Target = z.infer<typeof Target>;
const targetFields = { baselineLevel: Level, targetLevel: Level, targetDate: Day, rationale: LongText };
export const TargetCreate = z.strictObject({
  planId: Id,
  dimensionId: Id,
  baselineLevel: Level,
  targetLevel: Level,
  targetDate: Day,
  rationale: LongText.default(''),
});
export type TargetCreate = z.input<typeof TargetCreate>;
export const TargetUpdate = patchOf(targetFields);

export const StepStatus = z.enum(stepStatuses);
export type StepStatus = z.infer<typeof StepStatus>;

export const Step = z.object({
  id: Id,
  planId: Id,
  targetId: Id.nullable(),
  dimensionId: Id.nullable(),
  title: Name,
  description: LongText,
  owner: ShortText,
  status: StepStatus,
  position: Position,
  effortDays: EffortDays.nullable(),
  cost: Money.nullable(),
  startDate: Day.nullable(),
  dueDate: Day.nullable(),
  doneDate: Day.nullable(),
  outcome: LongText,
  ...Timestamps,
});
export type Step = z.infer<typeof Step>;
const stepFields = {
  targetId: Id.nullable(),
  dimensionId: Id.nullable(),
  title: Name,
  description: LongText,
  owner: ShortText,
  effortDays: EffortDays.nullable(),
  cost: Money.nullable(),
  startDate: Day.nullable(),
  dueDate: Day.nullable(),
  doneDate: Day.nullable(),
  outcome: LongText,
};
export const StepCreate = z.strictObject({
  planId: Id,
  title: Name,
  status: StepStatus.default('todo'),
  targetId: Id.nullable().default(null),
  dimensionId: Id.nullable().default(null),
  description: LongText.default(''),
  owner: ShortText.default(''),
  effortDays: EffortDays.nullable().default(null),
  cost: Money.nullable().default(null),
  startDate: Day.nullable().default(null),
  dueDate: Day.nullable().default(null),
  doneDate: Day.nullable().default(null),
  outcome: LongText.default(''),
});
export type StepCreate = z.input<typeof StepCreate>;
export const StepUpdate = patchOf(stepFields);
export type StepUpdate = z.infer<typeof StepUpdate>;
/** Moves a step to a column of the board, before another step of that column or at its end. */
/** Splits a step too big for the small-step rule: the step keeps the first title, the others become steps. */
export const StepSplit = z.strictObject({
  id: Id,
  titles: z.array(Name).min(2, 'must give at least two parts').max(10, 'must give at most ten parts'),
});
export type StepSplit = z.input<typeof StepSplit>;
export const StepMove = z.strictObject({ id: Id, status: StepStatus, beforeId: Id.nullable().default(null) });
export type StepMove = z.input<typeof StepMove>;
export const ByPlan = z.strictObject({ planId: Id });

export const ReviewKind = z.enum(reviewKinds);
export type ReviewKind = z.infer<typeof ReviewKind>;
const Participants = z.array(ShortText.min(1)).max(100);
const Decisions = z.array(z.string().trim().min(1).max(2_000)).max(200);

export const Review = z.object({
  id: Id,
  planId: Id,
  date: Day,
  kind: ReviewKind,
  participants: Participants,
  notes: LongText,
  decisions: Decisions,
  ...Timestamps,
});
export type Review = z.infer<typeof Review>;
export const ReviewCreate = z.strictObject({
  planId: Id,
  date: Day,
  kind: ReviewKind.default('progress'),
  participants: Participants.default([]),
  notes: LongText.default(''),
  decisions: Decisions.default([]),
});
export type ReviewCreate = z.input<typeof ReviewCreate>;
export const ReviewUpdate = patchOf({
  date: Day,
  kind: ReviewKind,
  participants: Participants,
  notes: LongText,
  decisions: Decisions,
});

export const ReviewStepAction = z.enum(reviewStepActions);
export const ReviewStepLink = z.object({
  id: Id,
  reviewId: Id,
  stepId: Id,
  action: ReviewStepAction,
  ...Timestamps,
});
export type ReviewStepLink = z.infer<typeof ReviewStepLink>;
export const ReviewLinkStep = z.strictObject({ reviewId: Id, stepId: Id, action: ReviewStepAction });
export const ReviewDetail = Review.extend({ steps: z.array(ReviewStepLink) });
export type ReviewDetail = z.infer<typeof ReviewDetail>;

/** A plan as the plans screen lists it. */
export const PlanSummary = Plan.extend({
  teamName: z.string(),
  client: z.string(),
  modelName: z.string(),
  modelNameFr: z.string(),
  targetCount: z.number().int(),
  stepCount: z.number().int(),
  doneStepCount: z.number().int(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** The level a team is at on a dimension: its latest assessment's score, and that assessment's date. */
export const CurrentLevel = z.object({ dimensionId: Id, level: Level, date: Day });
export type CurrentLevel = z.infer<typeof CurrentLevel>;

export const PlanDetail = Plan.extend({
  targets: z.array(Target),
  steps: z.array(Step),
  reviews: z.array(Review),
  currentLevels: z.array(CurrentLevel),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** What needs attention today, across every plan (the Home screen). */
export const Attention = z.object({
  reviewsDue: z.array(
    z.object({
      planId: Id,
      planTitle: z.string(),
      teamName: z.string(),
      teamColour: z.string(),
      dueDate: Day,
    }),
  ),
  /** The most overdue steps first, up to a limit; `overdueStepCount` counts them all. */
  overdueSteps: z.array(Step.extend({ planTitle: z.string(), teamName: z.string(), teamColour: z.string() })),
  overdueStepCount: z.number().int(),
  stallingPlans: z.array(
    z.object({
      planId: Id,
      planTitle: z.string(),
      teamName: z.string(),
      teamColour: z.string(),
      daysSinceLastDone: z.number().int().nullable(),
      reviewOverdue: z.boolean(),
    }),
  ),
});
export type Attention = z.infer<typeof Attention>;

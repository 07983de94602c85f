/**
 * Workshop mode: a review run live with a team. Each thing done in it is one channel that also links it
 * to the review, so that it lands in the change history, and is undone, as one action.
 */
import { z } from 'zod';
import { AssessmentDetail } from './assessments';
import { Id, Level, LongText } from './common';
import { ModelDetail } from './models';
import { CurrentLevel, PlanDetail, ReviewDetail, StepCreate, StepStatus } from './plans';
import { Team } from './teams';

export const WorkshopQuery = z.strictObject({ planId: Id, reviewId: Id.optional() });
export type WorkshopQuery = z.input<typeof WorkshopQuery>;

/** Everything the workshop screen shows, in one call. */
export const WorkshopView = z.object({
  plan: PlanDetail,
  team: Team,
  model: ModelDetail,
  /** The review the workshop records; null before it starts. */
  review: ReviewDetail.nullable(),
  /** The assessment holding the levels agreed in this review, once one is recorded. */
  assessment: AssessmentDetail.nullable(),
  /** Each dimension's level before the workshop: the latest score of another assessment, on or before its day. */
  previousLevels: z.array(CurrentLevel),
});
export type WorkshopView = z.infer<typeof WorkshopView>;

/** Moves a step to a column of the board and links it to the review: closed when done or dropped, moved otherwise. */
export const WorkshopMoveStep = z.strictObject({ reviewId: Id, stepId: Id, status: StepStatus });
export type WorkshopMoveStep = z.input<typeof WorkshopMoveStep>;

/** Adds a step to the review's plan, captured during the review. */
export const WorkshopCaptureStep = z.strictObject({ reviewId: Id, step: StepCreate.omit({ planId: true }) });
export type WorkshopCaptureStep = z.input<typeof WorkshopCaptureStep>;

/** Records the level agreed for a dimension in the review's assessment (made on the first level agreed). */
export const WorkshopRate = z.strictObject({
  reviewId: Id,
  dimensionId: Id,
  level: Level,
  evidence: LongText.default(''),
});
export type WorkshopRate = z.input<typeof WorkshopRate>;

import { z } from 'zod';
import { Day, Id, Level, LongText, ShortText, Timestamps, patchOf } from './common';
import { assessmentSources } from './constants';
import { MaturityModel, ModelDetail } from './models';
import { Team } from './teams';

export const AssessmentSource = z.enum(assessmentSources);
export type AssessmentSource = z.infer<typeof AssessmentSource>;

export const Assessment = z.object({
  id: Id,
  teamId: Id,
  modelId: Id,
  reviewId: Id.nullable(),
  date: Day,
  source: AssessmentSource,
  assessor: ShortText,
  note: LongText,
  ...Timestamps,
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentScore = z.object({
  id: Id,
  assessmentId: Id,
  dimensionId: Id,
  level: Level,
  evidence: LongText,
  ...Timestamps,
});
export type AssessmentScore = z.infer<typeof AssessmentScore>;

export const ScoreInput = z.strictObject({ dimensionId: Id, level: Level, evidence: LongText.default('') });
const Scores = z
  .array(ScoreInput)
  .max(500)
  .refine((s) => new Set(s.map((x) => x.dimensionId)).size === s.length, 'must rate each dimension once');

export const AssessmentCreate = z.strictObject({
  teamId: Id,
  modelId: Id,
  reviewId: Id.nullable().default(null),
  date: Day,
  source: AssessmentSource.default('workshop'),
  assessor: ShortText.default(''),
  note: LongText.default(''),
  scores: Scores.default([]),
});
export type AssessmentCreate = z.input<typeof AssessmentCreate>;
export const AssessmentUpdate = patchOf({
  date: Day,
  source: AssessmentSource,
  assessor: ShortText,
  note: LongText,
  reviewId: Id.nullable(),
});
/** Replaces the scores of an assessment: dimensions left out are no longer rated in it. */
export const AssessmentSetScores = z.strictObject({ assessmentId: Id, scores: Scores });
export type AssessmentSetScores = z.input<typeof AssessmentSetScores>;

export const AssessmentDetail = Assessment.extend({ scores: z.array(AssessmentScore) });
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;
export const AssessmentListQuery = z.strictObject({ teamId: Id, modelId: Id.optional() });

/** The assessments screen of one team: the models it is rated on, and its assessments on one of them. */
export const AssessmentOverviewQuery = z.strictObject({ teamId: Id, modelId: Id.optional() });
export type AssessmentOverviewQuery = z.input<typeof AssessmentOverviewQuery>;
export const AssessmentOverview = z.object({
  team: Team,
  /** The models of the team's plans, then any other it was assessed on; the team's current plan's first. */
  models: z.array(MaturityModel.pick({ id: true, name: true, nameFr: true })),
  /** The model asked for, else the first of `models`; null when the team has no plan and no assessment. */
  model: ModelDetail.nullable(),
  /** The team's assessments on that model, latest first. */
  assessments: z.array(AssessmentDetail),
});
export type AssessmentOverview = z.infer<typeof AssessmentOverview>;

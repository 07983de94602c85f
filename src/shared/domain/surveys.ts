import { z } from 'zod';
import { Day, Id, Key, Name, Position, ShortText, Timestamps, patchOf } from './common';
import { surveyStatuses } from './constants';
import { PlanStatus } from './plans';
import { Team } from './teams';

export const SurveyStatus = z.enum(surveyStatuses);
const ScaleBound = z.number().int().min(0).max(10);
const scaleInOrder = (s: { scaleMin?: number; scaleMax?: number }) =>
  s.scaleMin === undefined || s.scaleMax === undefined || s.scaleMax > s.scaleMin;
const scaleMessage = { message: 'the top of the scale must be above its bottom', path: ['scaleMax'] };
const periodInOrder = (s: { periodStart?: string; periodEnd?: string }) =>
  s.periodStart === undefined || s.periodEnd === undefined || s.periodEnd >= s.periodStart;
const periodMessage = { message: 'must not end before it starts', path: ['periodEnd'] };

export const Survey = z.object({
  id: Id,
  teamId: Id,
  title: Name,
  periodStart: Day,
  periodEnd: Day,
  scaleMin: ScaleBound,
  scaleMax: ScaleBound,
  status: SurveyStatus,
  ...Timestamps,
});
export type Survey = z.infer<typeof Survey>;
export const SurveyCreate = z
  .strictObject({
    teamId: Id,
    title: Name,
    periodStart: Day,
    periodEnd: Day,
    scaleMin: ScaleBound.default(1),
    scaleMax: ScaleBound.default(7),
    status: SurveyStatus.default('draft'),
  })
  .refine(scaleInOrder, scaleMessage)
  .refine(periodInOrder, periodMessage);
export type SurveyCreate = z.input<typeof SurveyCreate>;
export const SurveyUpdate = z.strictObject({
  id: Id,
  patch: z
    .strictObject({
      title: Name,
      periodStart: Day,
      periodEnd: Day,
      scaleMin: ScaleBound,
      scaleMax: ScaleBound,
      status: SurveyStatus,
    })
    .partial()
    .refine(scaleInOrder, scaleMessage)
    .refine(periodInOrder, periodMessage),
});

/** Importance points: the weights of a survey's dimensions share 100 when set. */
const Weight = z.number().finite().min(0).max(100).nullable();
export const SurveyDimension = z.object({
  id: Id,
  surveyId: Id,
  key: Key,
  name: Name,
  nameFr: ShortText,
  weight: Weight,
  position: Position,
  ...Timestamps,
});
export type SurveyDimension = z.infer<typeof SurveyDimension>;
export const SurveyDimensionCreate = z.strictObject({
  surveyId: Id,
  /** Made from the name when left out. */
  key: Key.optional(),
  name: Name,
  nameFr: ShortText.default(''),
  weight: Weight.default(null),
  position: Position.optional(),
});
export type SurveyDimensionCreate = z.input<typeof SurveyDimensionCreate>;
export const SurveyDimensionUpdate = patchOf({
  key: Key,
  name: Name,
  nameFr: ShortText,
  weight: Weight,
  position: Position,
});

export const SurveyItem = z.object({
  id: Id,
  surveyId: Id,
  dimensionId: Id,
  key: Key,
  text: z.string().trim().min(1).max(1_000),
  textFr: z.string().trim().max(1_000),
  position: Position,
  ...Timestamps,
});
export type SurveyItem = z.infer<typeof SurveyItem>;
export const SurveyItemCreate = z.strictObject({
  surveyId: Id,
  dimensionId: Id,
  /** `<dimension key>-<n>` when left out. */
  key: Key.optional(),
  text: z.string().trim().min(1).max(1_000),
  textFr: z.string().trim().max(1_000).default(''),
  position: Position.optional(),
});
export type SurveyItemCreate = z.input<typeof SurveyItemCreate>;
export const SurveyItemUpdate = patchOf({
  dimensionId: Id,
  key: Key,
  text: z.string().trim().min(1).max(1_000),
  textFr: z.string().trim().max(1_000),
  position: Position,
});

const Rating = z.number().int().min(0).max(10).nullable();
export const Answer = z.strictObject({ itemId: Id, expectation: Rating, perception: Rating });
export type Answer = z.infer<typeof Answer>;
const Answers = z
  .array(Answer)
  .max(500)
  .refine((a) => new Set(a.map((x) => x.itemId)).size === a.length, 'must answer each item once');

export const SurveyResponse = z.object({
  id: Id,
  surveyId: Id,
  respondent: ShortText,
  answers: z.array(Answer),
  ...Timestamps,
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;
export const SurveyResponseCreate = z.strictObject({
  surveyId: Id,
  respondent: ShortText.default(''),
  answers: Answers,
});
export type SurveyResponseCreate = z.input<typeof SurveyResponseCreate>;
export const SurveyResponseUpdate = patchOf({ respondent: ShortText, answers: Answers });

export const SurveyDetail = Survey.extend({
  dimensions: z.array(SurveyDimension),
  items: z.array(SurveyItem),
  responses: z.array(SurveyResponse),
});
export type SurveyDetail = z.infer<typeof SurveyDetail>;
export const SurveyListQuery = z.strictObject({ teamId: Id.optional() });
export const SurveyFromTemplate = z.strictObject({
  teamId: Id,
  title: Name,
  periodStart: Day,
  periodEnd: Day,
});
export const BySurvey = z.strictObject({ surveyId: Id });

/** Every dimension's importance points at once: they share 100 points, or (null) none is weighted. */
export const SurveyWeights = z.strictObject({
  surveyId: Id,
  weights: z
    .array(z.strictObject({ dimensionId: Id, weight: z.number().finite().min(0).max(100) }))
    .max(50)
    .refine(
      (weights) => Math.abs(weights.reduce((sum, w) => sum + w.weight, 0) - 100) < 1e-9,
      'must add up to 100 points',
    )
    .nullable(),
});
export type SurveyWeights = z.input<typeof SurveyWeights>;

/** One campaign's gaps, as a team's trend shows them (see calc/satisfaction.ts). */
export const CampaignGaps = z.object({
  surveyId: Id,
  title: z.string(),
  periodEnd: Day,
  overall: z.number().nullable(),
  weighted: z.number().nullable(),
  headline: z.number().nullable(),
  respondents: z.number().int(),
  dimensions: z.array(
    z.object({ key: z.string(), name: z.string(), nameFr: z.string(), gap: z.number().nullable() }),
  ),
});

/** The campaign screen: the survey whole, its team, and the gaps of every campaign of the team. */
export const SurveyPage = z.object({
  survey: SurveyDetail,
  team: Team,
  campaigns: z.array(CampaignGaps),
});
export type SurveyPage = z.infer<typeof SurveyPage>;

/** What a team dashboard shows of satisfaction: the latest gap and how it moved since the campaign before. */
export const TeamSatisfaction = z.object({
  teamId: Id,
  campaigns: z.array(CampaignGaps),
  latest: CampaignGaps.nullable(),
  previous: CampaignGaps.nullable(),
  change: z.number().nullable(),
});
export type TeamSatisfaction = z.infer<typeof TeamSatisfaction>;

/**
 * Where a step that closes a gap can go: the team's open plans (active ones first), each with the
 * dimensions of its model (those of the user-satisfaction axis marked) and its targets.
 */
export const SurveyStepOptions = z.object({
  plans: z.array(
    z.object({
      id: Id,
      title: z.string(),
      status: PlanStatus,
      dimensions: z.array(
        z.object({
          id: Id,
          name: z.string(),
          nameFr: z.string(),
          axisName: z.string(),
          axisNameFr: z.string(),
          satisfaction: z.boolean(),
        }),
      ),
      targets: z.array(z.object({ id: Id, dimensionId: Id, targetLevel: z.number().int(), targetDate: Day })),
      /** The target a satisfaction step goes to by default: on the survey programme, else any satisfaction one. */
      suggestedTargetId: Id.nullable(),
    }),
  ),
});
export type SurveyStepOptions = z.infer<typeof SurveyStepOptions>;

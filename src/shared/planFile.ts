/**
 * The plan file (`.stepwise.json`): how a plan travels from one Stepwise to another. It holds one plan
 * with everything it needs to stand on its own (its team, model, targets, steps, reviews, the team's
 * assessments on the plan's model and the team's surveys), every row with its id and stamps so that an
 * import can merge: same id, the newer `updatedAt` wins. The format is documented in docs/plan-file.md;
 * resources/plan-file.schema.json is this schema as JSON Schema (a test keeps them the same).
 */
import { z } from 'zod';
import { Assessment, AssessmentScore } from './domain/assessments';
import { Instant } from './domain/common';
import { Dimension, MaturityModel, ModelAxis, ModelLevel } from './domain/models';
import { Plan, Review, ReviewStepLink, Step, Target } from './domain/plans';
import { Survey, SurveyDimension, SurveyItem, SurveyResponse } from './domain/surveys';
import { Team } from './domain/teams';

export const planFileFormat = 'stepwise-plan';
export const planFileVersion = 1;
/** A plan file is read whole into memory: anything larger is refused before parsing. */
export const planFileMaxBytes = 20 * 1024 * 1024;
export const planFileExtension = '.stepwise.json';

/** A row exactly as the domain has it; unknown fields are refused rather than silently dropped. */
const row = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => z.strictObject(schema.shape);
const list = <T extends z.ZodType>(schema: T, max: number) =>
  z.array(schema).max(max, `must hold at most ${max} entries`);

export const PlanFileModel = z.strictObject({
  ...MaturityModel.shape,
  builtinKey: z.string().max(80).nullable(),
  levels: list(row(ModelLevel), 11),
  axes: list(row(ModelAxis), 100),
  dimensions: list(row(Dimension), 1_000),
});
export const PlanFileReview = z.strictObject({ ...Review.shape, steps: list(row(ReviewStepLink), 2_000) });
export const PlanFileAssessment = z.strictObject({
  ...Assessment.shape,
  scores: list(row(AssessmentScore), 1_000),
});
export const PlanFileSurvey = z.strictObject({
  ...Survey.shape,
  dimensions: list(row(SurveyDimension), 50),
  items: list(row(SurveyItem), 500),
  responses: list(
    z.strictObject({ ...SurveyResponse.shape, answers: list(SurveyResponse.shape.answers.element, 500) }),
    10_000,
  ),
});

const PlanFileShape = z
  .strictObject({
    format: z.literal(planFileFormat, {
      error: `must be "${planFileFormat}": this is not a Stepwise plan file`,
    }),
    version: z.literal(planFileVersion, {
      error: `must be ${planFileVersion}: the file was written by another version of Stepwise`,
    }),
    exportedAt: Instant,
    team: row(Team),
    model: PlanFileModel,
    plan: row(Plan),
    targets: list(row(Target), 1_000),
    steps: list(row(Step), 20_000),
    reviews: list(PlanFileReview, 2_000),
    assessments: list(PlanFileAssessment, 5_000),
    surveys: list(PlanFileSurvey, 200),
  })
  .meta({
    title: 'Stepwise plan file',
    description:
      "One improvement plan with its team, maturity model, targets, small steps, reviews, the team's " +
      'assessments on the model and its satisfaction surveys. See docs/plan-file.md.',
  });

export const PlanFile = PlanFileShape.superRefine(checkReferences);
export type PlanFile = z.infer<typeof PlanFile>;

/** What the JSON Schema in resources/ is made from: the shape, since references cannot be said in it. */
export const planFileJsonSchema = () => z.toJSONSchema(PlanFileShape, { io: 'input' });

type Issue = { path: (string | number)[]; message: string };

/**
 * The rules a schema cannot say: every row belongs where it sits in the file, and every id it refers to
 * is in the file too, so an import never links to something the other machine has and this one lacks.
 */
function checkReferences(file: z.output<typeof PlanFileShape>, ctx: z.RefinementCtx): void {
  const issues: Issue[] = [];
  const expect = (ok: boolean, path: Issue['path'], message: string) => {
    if (!ok) issues.push({ path, message });
  };
  const ids = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((r) => r.id));
  const { team, model, plan } = file;
  const levels = new Set(model.levels.map((l) => l.value));
  const axes = ids(model.axes);
  const dimensions = ids(model.dimensions);
  const targets = ids(file.targets);
  const steps = ids(file.steps);
  const reviews = ids(file.reviews);

  expect(plan.teamId === team.id, ['plan', 'teamId'], "must be the file's team");
  expect(plan.modelId === model.id, ['plan', 'modelId'], "must be the file's model");
  for (const key of ['levels', 'axes', 'dimensions'] as const) {
    model[key].forEach((r, i) =>
      expect(r.modelId === model.id, ['model', key, i, 'modelId'], "must be the file's model"),
    );
  }
  model.dimensions.forEach((d, i) =>
    expect(axes.has(d.axisId), ['model', 'dimensions', i, 'axisId'], 'must be an axis of the model'),
  );
  file.targets.forEach((t, i) => {
    expect(t.planId === plan.id, ['targets', i, 'planId'], "must be the file's plan");
    expect(dimensions.has(t.dimensionId), ['targets', i, 'dimensionId'], 'must be a dimension of the model');
    expect(levels.has(t.baselineLevel), ['targets', i, 'baselineLevel'], "must be on the model's scale");
    expect(levels.has(t.targetLevel), ['targets', i, 'targetLevel'], "must be on the model's scale");
  });
  file.steps.forEach((s, i) => {
    expect(s.planId === plan.id, ['steps', i, 'planId'], "must be the file's plan");
    expect(s.targetId === null || targets.has(s.targetId), ['steps', i, 'targetId'], 'must be a target');
    expect(
      s.dimensionId === null || dimensions.has(s.dimensionId),
      ['steps', i, 'dimensionId'],
      'must be a dimension of the model',
    );
  });
  file.reviews.forEach((r, i) => {
    expect(r.planId === plan.id, ['reviews', i, 'planId'], "must be the file's plan");
    r.steps.forEach((link, j) => {
      expect(link.reviewId === r.id, ['reviews', i, 'steps', j, 'reviewId'], 'must be this review');
      expect(steps.has(link.stepId), ['reviews', i, 'steps', j, 'stepId'], 'must be a step of the plan');
    });
  });
  file.assessments.forEach((a, i) => {
    expect(a.teamId === team.id, ['assessments', i, 'teamId'], "must be the file's team");
    expect(a.modelId === model.id, ['assessments', i, 'modelId'], "must be the file's model");
    expect(
      a.reviewId === null || reviews.has(a.reviewId),
      ['assessments', i, 'reviewId'],
      'must be a review',
    );
    a.scores.forEach((s, j) => {
      const at = ['assessments', i, 'scores', j];
      expect(s.assessmentId === a.id, [...at, 'assessmentId'], 'must be this assessment');
      expect(dimensions.has(s.dimensionId), [...at, 'dimensionId'], 'must be a dimension of the model');
      expect(levels.has(s.level), [...at, 'level'], "must be on the model's scale");
    });
  });
  file.surveys.forEach((survey, i) => {
    expect(survey.teamId === team.id, ['surveys', i, 'teamId'], "must be the file's team");
    const surveyDimensions = ids(survey.dimensions);
    const items = ids(survey.items);
    for (const key of ['dimensions', 'items', 'responses'] as const) {
      survey[key].forEach((r, j) =>
        expect(r.surveyId === survey.id, ['surveys', i, key, j, 'surveyId'], 'must be this survey'),
      );
    }
    survey.items.forEach((item, j) =>
      expect(
        surveyDimensions.has(item.dimensionId),
        ['surveys', i, 'items', j, 'dimensionId'],
        'must be a dimension of the survey',
      ),
    );
    survey.responses.forEach((response, j) =>
      response.answers.forEach((answer, k) =>
        expect(
          items.has(answer.itemId),
          ['surveys', i, 'responses', j, 'answers', k, 'itemId'],
          'must be an item of the survey',
        ),
      ),
    );
  });
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
}

/** Keys that would reach an object's prototype when a careless reader copies the parsed JSON. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first prototype key anywhere in parsed JSON, or null. The file may come from anyone:
 * such a key is refused even where the schema would drop it, before any code copies the data around.
 */
export function findPrototypeKey(data: unknown): string | null {
  const stack: [value: unknown, path: string][] = [[data, '']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path] = next;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      if (prototypeKeys.has(key)) return path === '' ? key : `${path}.${key}`;
      // Only objects can hold keys: a file's thousands of strings and numbers are not walked into.
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push([child, path === '' ? key : `${path}.${key}`]);
    }
  }
  return null;
}

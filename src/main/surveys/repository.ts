import { campaignGaps, gapTrend } from '@shared/calc/satisfaction';
import { groupBy } from '@shared/group';
import type { Survey, SurveyDetail, SurveyStepOptions, TeamSatisfaction } from '@shared/domain/surveys';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { getModelDetail } from '../models/repository';
import { listPlans, listTargets } from '../plans/repository';
import { surveyDimensionsTable, surveyItemsTable, surveyResponsesTable, surveysTable } from './tables';

/** A survey's quality dimensions, in order. */
export const surveyDimensions = (db: Db, surveyId: string) =>
  (
    prepared(db, 'SELECT * FROM survey_dimensions WHERE survey_id = ? ORDER BY position').all(
      surveyId,
    ) as Record<string, unknown>[]
  ).map(surveyDimensionsTable.fromDb);

export function surveyDetail(db: Db, id: string): SurveyDetail {
  return withContent(db, [surveysTable.get(db, id)], 'id', id)[0] as SurveyDetail; // one survey in, one out
}

/**
 * The surveys given, with their dimensions, items and responses: three queries for all the surveys whose
 * `column` holds `value` (the surveys given), however many they are.
 */
function withContent(db: Db, surveys: Survey[], column: 'id' | 'team_id', value: string): SurveyDetail[] {
  const all = (sql: string) => prepared(db, sql).all(value) as Record<string, unknown>[];
  const ofSurveys = `FROM surveys s JOIN`;
  const where = `WHERE s.${column} = ?`;
  const bySurvey = <T extends { surveyId: string }>(rows: T[]) => {
    const grouped = groupBy(rows, (row) => row.surveyId);
    return (surveyId: string) => grouped.get(surveyId) ?? [];
  };
  const allDimensions = all(
    `SELECT d.* ${ofSurveys} survey_dimensions d ON d.survey_id = s.id ${where} ORDER BY d.position`,
  ).map(surveyDimensionsTable.fromDb);
  const dimensions = bySurvey(allDimensions);
  // Items in the order of their dimension, then their own: sorted here, not joined to their dimensions again.
  const positionOf = new Map(allDimensions.map((d) => [d.id, d.position]));
  const items = bySurvey(
    all(`SELECT i.* ${ofSurveys} survey_items i ON i.survey_id = s.id ${where}`)
      .map(surveyItemsTable.fromDb)
      .sort(
        (a, b) =>
          (positionOf.get(a.dimensionId) ?? 0) - (positionOf.get(b.dimensionId) ?? 0) ||
          a.position - b.position,
      ),
  );
  // Responses in the order they were recorded; sorted here, as SQLite would copy every row's answers to sort them.
  const responses = bySurvey(
    all(`SELECT r.*, r.rowid AS row_order ${ofSurveys} survey_responses r ON r.survey_id = s.id ${where}`)
      .sort((a, b) =>
        a.created_at === b.created_at
          ? (a.row_order as number) - (b.row_order as number)
          : (a.created_at as string) < (b.created_at as string)
            ? -1
            : 1,
      )
      .map(surveyResponsesTable.fromDb),
  );
  return surveys.map((survey) => ({
    ...survey,
    dimensions: dimensions(survey.id),
    items: items(survey.id),
    responses: responses(survey.id),
  }));
}

/** Every campaign of a team with its dimensions, items and responses, oldest first. */
export function teamSurveys(db: Db, teamId: string): SurveyDetail[] {
  const surveys = (
    prepared(db, 'SELECT * FROM surveys WHERE team_id = ? ORDER BY period_end, title').all(teamId) as Record<
      string,
      unknown
    >[]
  ).map(surveysTable.fromDb);
  return withContent(db, surveys, 'team_id', teamId);
}

/** The gaps of every campaign of a team (its surveys, when read already), oldest first: the trend across campaigns. */
export function teamSatisfaction(
  db: Db,
  teamId: string,
  surveys: readonly SurveyDetail[] = teamSurveys(db, teamId),
): TeamSatisfaction {
  return { teamId, ...gapTrend(surveys.map(campaignGaps)) };
}

/** The MSP model's axis of user satisfaction; models copied from it keep the key. */
const satisfactionAxisKey = 'user-satisfaction';
/** The dimension whose target a satisfaction step serves first: turning survey gaps into actions. */
const surveyProgrammeKey = 'survey-programme';

export function surveyStepOptions(db: Db, surveyId: string): SurveyStepOptions {
  const { teamId } = surveysTable.get(db, surveyId);
  const plans = listPlans(db, { teamId, statuses: ['active', 'draft', 'on-hold'] }).sort(
    (a, b) => Number(b.status === 'active') - Number(a.status === 'active'),
  );
  const models = new Map<string, ReturnType<typeof getModelDetail>>();
  return {
    plans: plans.map((plan) => {
      const model = models.get(plan.modelId) ?? getModelDetail(db, plan.modelId);
      models.set(plan.modelId, model);
      const axes = new Map(model.axes.map((a) => [a.id, a]));
      const dimensions = model.dimensions
        .filter((d) => !d.retired)
        .map((d) => ({
          id: d.id,
          key: d.key,
          name: d.name,
          nameFr: d.nameFr,
          axisName: axes.get(d.axisId)?.name ?? '',
          axisNameFr: axes.get(d.axisId)?.nameFr ?? '',
          satisfaction: axes.get(d.axisId)?.key === satisfactionAxisKey,
        }));
      const targets = listTargets(db, plan.id);
      const onSatisfaction = targets.filter((t) =>
        dimensions.some((d) => d.id === t.dimensionId && d.satisfaction),
      );
      const onProgramme = onSatisfaction.find(
        (t) => dimensions.find((d) => d.id === t.dimensionId)?.key === surveyProgrammeKey,
      );
      return {
        id: plan.id,
        title: plan.title,
        status: plan.status,
        dimensions: dimensions.map(({ key: _key, ...d }) => d),
        targets: targets.map(({ id, dimensionId, targetLevel, targetDate }) => ({
          id,
          dimensionId,
          targetLevel,
          targetDate,
        })),
        suggestedTargetId: (onProgramme ?? onSatisfaction[0])?.id ?? null,
      };
    }),
  };
}

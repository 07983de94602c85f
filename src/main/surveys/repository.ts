import { campaignGaps, gapTrend } from '@shared/calc/satisfaction';
import type { SurveyDetail, SurveyStepOptions, TeamSatisfaction } from '@shared/domain/surveys';
import type { Db } from '../db/connection';
import { getModelDetail } from '../models/repository';
import { listPlans, listTargets } from '../plans/repository';
import { surveyDimensionsTable, surveyItemsTable, surveyResponsesTable, surveysTable } from './tables';

/** A survey's quality dimensions, in order. */
export const surveyDimensions = (db: Db, surveyId: string) =>
  (
    db
      .prepare('SELECT * FROM survey_dimensions WHERE survey_id = ? ORDER BY position')
      .all(surveyId) as Record<string, unknown>[]
  ).map(surveyDimensionsTable.fromDb);

export function surveyDetail(db: Db, id: string): SurveyDetail {
  const all = (sql: string) => db.prepare(sql).all(id) as Record<string, unknown>[];
  return {
    ...surveysTable.get(db, id),
    dimensions: surveyDimensions(db, id),
    items: all(
      `SELECT i.* FROM survey_items i JOIN survey_dimensions d ON d.id = i.dimension_id
       WHERE i.survey_id = ? ORDER BY d.position, i.position`,
    ).map(surveyItemsTable.fromDb),
    responses: all('SELECT * FROM survey_responses WHERE survey_id = ? ORDER BY created_at, rowid').map(
      surveyResponsesTable.fromDb,
    ),
  };
}

/** The gaps of every campaign of a team, oldest first: the trend across campaigns. */
export function teamSatisfaction(db: Db, teamId: string): TeamSatisfaction {
  const ids = db
    .prepare('SELECT id FROM surveys WHERE team_id = ? ORDER BY period_end, title')
    .pluck()
    .all(teamId) as string[];
  const trend = gapTrend(ids.map((id) => campaignGaps(surveyDetail(db, id))));
  return { teamId, ...trend };
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

import { campaignGaps, gapTrend, type CampaignSurvey } from '@shared/calc/satisfaction';
import type { Answer, SurveyDetail, SurveyStepOptions, TeamSatisfaction } from '@shared/domain/surveys';
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

/** Items in the order of their dimension, then their own: sorted here, not joined to their dimensions again. */
function inDimensionOrder<T extends { dimensionId: string; position: number }>(
  items: T[],
  dimensions: readonly { id: string; position: number }[],
): T[] {
  const positionOf = new Map(dimensions.map((d) => [d.id, d.position]));
  return items.sort(
    (a, b) =>
      (positionOf.get(a.dimensionId) ?? 0) - (positionOf.get(b.dimensionId) ?? 0) || a.position - b.position,
  );
}

/** A survey with its dimensions, items and responses, each in order. */
export function surveyDetail(db: Db, id: string): SurveyDetail {
  const survey = surveysTable.get(db, id);
  const all = (sql: string) => prepared(db, sql).all(id) as Record<string, unknown>[];
  const dimensions = surveyDimensions(db, id);
  const items = inDimensionOrder(
    all('SELECT * FROM survey_items WHERE survey_id = ?').map(surveyItemsTable.fromDb),
    dimensions,
  );
  // Responses in the order they were recorded; sorted here, as SQLite would copy every row's answers to sort them.
  const responses = all('SELECT *, rowid AS row_order FROM survey_responses WHERE survey_id = ?')
    .sort((a, b) =>
      a.created_at === b.created_at
        ? (a.row_order as number) - (b.row_order as number)
        : (a.created_at as string) < (b.created_at as string)
          ? -1
          : 1,
    )
    .map(surveyResponsesTable.fromDb);
  return { ...survey, dimensions, items, responses };
}

type CampaignDimension = CampaignSurvey['dimensions'][number] & { surveyId: string; position: number };
type CampaignItem = { id: string; surveyId: string; dimensionId: string; position: number };

/**
 * A team's campaigns, oldest first, with only what their gaps are computed from: no texts, respondents nor
 * stamps, and each response's answers parsed once. `read`, a campaign of the team already read whole, is
 * taken as it is rather than read again.
 */
function teamCampaigns(db: Db, teamId: string, read?: SurveyDetail): CampaignSurvey[] {
  const ofOthers = (columns: string, table: string) =>
    prepared(
      db,
      `SELECT ${columns} FROM surveys s JOIN ${table} ON x.survey_id = s.id WHERE s.team_id = ? AND s.id IS NOT ?`,
    ).all(teamId, read?.id ?? null);
  const surveys = prepared(
    db,
    'SELECT id, title, period_end AS periodEnd FROM surveys WHERE team_id = ? ORDER BY period_end, title',
  ).all(teamId) as Pick<CampaignSurvey, 'id' | 'title' | 'periodEnd'>[];
  const allDimensions = ofOthers(
    'x.id, x.survey_id AS surveyId, x.key, x.name, x.name_fr AS nameFr, x.weight, x.position',
    'survey_dimensions x',
  ) as CampaignDimension[];
  allDimensions.sort((a, b) => a.position - b.position);
  const dimensions = Map.groupBy(allDimensions, (d) => d.surveyId);
  const items = Map.groupBy(
    inDimensionOrder(
      ofOthers(
        'x.id, x.survey_id AS surveyId, x.dimension_id AS dimensionId, x.position',
        'survey_items x',
      ) as CampaignItem[],
      allDimensions,
    ),
    (item) => item.surveyId,
  );
  // In no particular order: sums of whole ratings and counts of respondents, a campaign's gaps do not depend on it.
  const responses = Map.groupBy(
    (
      ofOthers('x.survey_id AS surveyId, x.answers', 'survey_responses x') as {
        surveyId: string;
        answers: string;
      }[]
    ).map((response) => ({ surveyId: response.surveyId, answers: JSON.parse(response.answers) as Answer[] })),
    (response) => response.surveyId,
  );
  return surveys.map((survey) =>
    survey.id === read?.id
      ? read
      : {
          ...survey,
          dimensions: dimensions.get(survey.id) ?? [],
          items: items.get(survey.id) ?? [],
          responses: responses.get(survey.id) ?? [],
        },
  );
}

/**
 * The gaps of every campaign of a team, oldest first: the trend across campaigns. `read`, a campaign of the
 * team already read whole, is not read again.
 */
export function teamSatisfaction(db: Db, teamId: string, read?: SurveyDetail): TeamSatisfaction {
  return { teamId, ...gapTrend(teamCampaigns(db, teamId, read).map(campaignGaps)) };
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

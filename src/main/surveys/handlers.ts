import type { Answer, Survey } from '@shared/domain/surveys';
import { uniqueKey } from '@shared/keys';
import { servqualTemplate } from '@shared/reference';
import { DomainError } from '@shared/result';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { teamsTable } from '../teams/tables';
import type { ChangeWriter } from '../store/changes';
import { nextPosition } from '../store/position';
import { surveyDetail, surveyDimensions, surveyStepOptions, teamSatisfaction } from './repository';
import { surveyDimensionsTable, surveyItemsTable, surveyResponsesTable, surveysTable } from './tables';
import { addTemplateQuestions } from './template';

export const surveyHandlers = defineHandlers({
  'survey.list': ({ teamId }, { db }) =>
    (
      db
        .prepare('SELECT * FROM surveys WHERE (? IS NULL OR team_id = ?) ORDER BY period_end DESC, title')
        .all(teamId ?? null, teamId ?? null) as Record<string, unknown>[]
    ).map(surveysTable.fromDb),
  'survey.get': ({ id }, { db }) => surveyDetail(db, id),
  'survey.create': (input, { changes }) => changes.create(surveysTable, input),
  'survey.createFromTemplate': (input, { db, changes }) => {
    const survey = changes.create(surveysTable, {
      ...input,
      scaleMin: servqualTemplate.scaleMin,
      scaleMax: servqualTemplate.scaleMax,
      status: 'draft',
    });
    addTemplateQuestions((table, fields) => changes.create(table, fields), survey.id);
    return surveyDetail(db, survey.id);
  },
  'survey.update': ({ id, patch }, { db, changes }) => {
    const survey = surveysTable.get(db, id);
    const merged = { ...survey, ...patch };
    if (merged.scaleMax <= merged.scaleMin) {
      throw new DomainError(
        'invalid-input',
        'the top of the scale must be above its bottom',
        'patch.scaleMax',
      );
    }
    if (merged.periodEnd < merged.periodStart) {
      throw new DomainError('invalid-input', 'must not end before it starts', 'patch.periodEnd');
    }
    assertAnswersOnScale(db, merged);
    return changes.update(surveysTable, id, patch);
  },
  'survey.delete': ({ id }, { changes }) => {
    changes.remove(surveysTable, id);
    return null;
  },

  'surveyDimension.create': ({ position, key, ...input }, { db, changes }) => {
    surveysTable.get(db, input.surveyId);
    return changes.create(surveyDimensionsTable, {
      ...input,
      key: key ?? uniqueKey(input.name, takenKeys(db, 'survey_dimensions', input.surveyId), 'dimension'),
      position:
        position ?? nextPosition(db, { table: 'survey_dimensions', parent: 'survey_id' }, input.surveyId),
    });
  },
  'surveyDimension.update': ({ id, patch }, { changes }) => changes.update(surveyDimensionsTable, id, patch),
  'surveyDimension.delete': ({ id }, { changes }) => {
    changes.remove(surveyDimensionsTable, id);
    return null;
  },

  'surveyItem.create': ({ position, key, ...input }, { db, changes }) => {
    assertDimensionOfSurvey(db, input.dimensionId, input.surveyId);
    return changes.create(surveyItemsTable, {
      ...input,
      key: key ?? freeItemKey(db, input.surveyId, surveyDimensionsTable.get(db, input.dimensionId).key),
      position:
        position ?? nextPosition(db, { table: 'survey_items', parent: 'dimension_id' }, input.dimensionId),
    });
  },
  'surveyItem.update': ({ id, patch }, { db, changes }) => {
    if (patch.dimensionId !== undefined) {
      assertDimensionOfSurvey(db, patch.dimensionId, surveyItemsTable.get(db, id).surveyId);
    }
    return changes.update(surveyItemsTable, id, patch);
  },
  'surveyItem.delete': ({ id }, { db, changes }) => {
    const item = surveyItemsTable.get(db, id);
    dropAnswersTo(db, changes, item.surveyId, id);
    changes.remove(surveyItemsTable, id);
    return null;
  },

  'surveyResponse.create': (input, { db, changes }) => {
    checkAnswers(db, input.surveyId, input.answers);
    return changes.create(surveyResponsesTable, input);
  },
  'surveyResponse.update': ({ id, patch }, { db, changes }) => {
    if (patch.answers) checkAnswers(db, surveyResponsesTable.get(db, id).surveyId, patch.answers);
    return changes.update(surveyResponsesTable, id, patch);
  },
  'surveyResponse.delete': ({ id }, { changes }) => {
    changes.remove(surveyResponsesTable, id);
    return null;
  },

  'survey.page': ({ id }, { db }) => {
    const survey = surveyDetail(db, id);
    return {
      survey,
      team: teamsTable.get(db, survey.teamId),
      campaigns: teamSatisfaction(db, survey.teamId, survey).campaigns,
    };
  },
  'survey.setWeights': ({ surveyId, weights }, { db, changes }) => {
    surveysTable.get(db, surveyId);
    const dimensions = surveyDimensions(db, surveyId);
    if (weights !== null) {
      const given = new Set(weights.map((w) => w.dimensionId));
      if (weights.length !== dimensions.length || dimensions.some((d) => !given.has(d.id))) {
        throw new DomainError(
          'invalid-input',
          'must give one weight to each dimension of the survey',
          'weights',
        );
      }
    }
    const weightOf = new Map(weights?.map((w) => [w.dimensionId, w.weight]));
    return dimensions.map((d) =>
      changes.update(surveyDimensionsTable, d.id, { weight: weightOf.get(d.id) ?? null }),
    );
  },
  'survey.stepOptions': ({ surveyId }, { db }) => surveyStepOptions(db, surveyId),
});

const keysOf = {
  survey_dimensions: 'SELECT key FROM survey_dimensions WHERE survey_id = ?',
  survey_items: 'SELECT key FROM survey_items WHERE survey_id = ?',
};
const takenKeys = (db: Db, table: keyof typeof keysOf, surveyId: string) =>
  db.prepare(keysOf[table]).pluck().all(surveyId) as string[];

/** The first `<dimension key>-<n>` that no item of the survey has yet, as the template numbers its items. */
function freeItemKey(db: Db, surveyId: string, dimensionKey: string): string {
  const taken = new Set(takenKeys(db, 'survey_items', surveyId));
  let n = 1;
  while (taken.has(`${dimensionKey}-${n}`)) n += 1;
  return `${dimensionKey}-${n}`;
}

/** A scale may not shrink below the answers already given on it. */
function assertAnswersOnScale(db: Db, survey: Survey): void {
  const outside = db
    .prepare(
      `SELECT count(*) FROM survey_responses r, json_each(r.answers) a
       WHERE r.survey_id = ? AND (
         a.value ->> 'expectation' NOT BETWEEN ? AND ? OR a.value ->> 'perception' NOT BETWEEN ? AND ?)`,
    )
    .pluck()
    .get(survey.id, survey.scaleMin, survey.scaleMax, survey.scaleMin, survey.scaleMax) as number;
  if (outside > 0) {
    throw new DomainError(
      'invalid-input',
      `${outside} answers are outside this scale: widen it or change them first`,
      'patch.scaleMax',
    );
  }
}

function assertDimensionOfSurvey(db: Db, dimensionId: string, surveyId: string): void {
  if (surveyDimensionsTable.get(db, dimensionId).surveyId !== surveyId) {
    throw new DomainError('invalid-input', 'The dimension belongs to another survey.', 'dimensionId');
  }
}

/** Answers must be to the survey's own items and on its scale. */
function checkAnswers(db: Db, surveyId: string, answers: Answer[]): void {
  const survey = surveysTable.get(db, surveyId);
  const items = new Set(db.prepare('SELECT id FROM survey_items WHERE survey_id = ?').pluck().all(surveyId));
  answers.forEach((answer, i) => {
    if (!items.has(answer.itemId)) {
      throw new DomainError('invalid-input', 'This item is not one of the survey.', `answers.${i}.itemId`);
    }
    for (const side of ['expectation', 'perception'] as const) {
      const value = answer[side];
      if (value !== null && (value < survey.scaleMin || value > survey.scaleMax)) {
        throw new DomainError(
          'invalid-input',
          `must be between ${survey.scaleMin} and ${survey.scaleMax}`,
          `answers.${i}.${side}`,
        );
      }
    }
  });
}

function dropAnswersTo(db: Db, changes: ChangeWriter, surveyId: string, itemId: string): void {
  const responses = (
    db.prepare('SELECT * FROM survey_responses WHERE survey_id = ?').all(surveyId) as Record<
      string,
      unknown
    >[]
  ).map(surveyResponsesTable.fromDb);
  for (const response of responses) {
    const answers = response.answers.filter((a) => a.itemId !== itemId);
    if (answers.length !== response.answers.length)
      changes.update(surveyResponsesTable, response.id, { answers });
  }
}

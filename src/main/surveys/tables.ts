import type { Survey, SurveyDimension, SurveyItem, SurveyResponse } from '@shared/domain/surveys';
import type { ScopeReader } from '../store/scope';
import { Table, type DomainRow } from '../store/table';

const surveyScope = (row: DomainRow, reader: ScopeReader) => ({
  planId: null,
  teamId: reader.teamOf('surveys', row.surveyId as string),
});

export const surveyResponsesTable = new Table<SurveyResponse>({
  entity: 'surveyResponse',
  table: 'survey_responses',
  label: 'survey response',
  fields: { surveyId: 'text', respondent: 'text', answers: 'json' },
  scope: surveyScope,
});

export const surveyItemsTable = new Table<SurveyItem>({
  entity: 'surveyItem',
  table: 'survey_items',
  label: 'survey item',
  fields: {
    surveyId: 'text',
    dimensionId: 'text',
    key: 'text',
    text: 'text',
    textFr: 'text',
    position: 'real',
  },
  scope: surveyScope,
});

export const surveyDimensionsTable = new Table<SurveyDimension>({
  entity: 'surveyDimension',
  table: 'survey_dimensions',
  label: 'survey dimension',
  fields: { surveyId: 'text', key: 'text', name: 'text', nameFr: 'text', weight: 'real', position: 'real' },
  children: [
    {
      table: () => surveyItemsTable,
      foreignKey: 'dimensionId',
      onDelete: 'restrict',
      restrictMessage: 'This dimension still holds items: move or delete them first.',
    },
  ],
  scope: surveyScope,
});

export const surveysTable = new Table<Survey>({
  entity: 'survey',
  table: 'surveys',
  label: 'survey',
  fields: {
    teamId: 'text',
    title: 'text',
    periodStart: 'text',
    periodEnd: 'text',
    scaleMin: 'int',
    scaleMax: 'int',
    status: 'text',
  },
  children: [
    { table: () => surveyResponsesTable, foreignKey: 'surveyId', onDelete: 'cascade' },
    { table: () => surveyItemsTable, foreignKey: 'surveyId', onDelete: 'cascade' },
    { table: () => surveyDimensionsTable, foreignKey: 'surveyId', onDelete: 'cascade' },
  ],
  scope: (row) => ({ planId: null, teamId: row.teamId as string }),
});

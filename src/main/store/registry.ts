import type { EntityName } from '@shared/domain/history';
import { assessmentsTable, scoresTable } from '../assessments/tables';
import { axesTable, dimensionsTable, levelsTable, modelsTable } from '../models/tables';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable, targetsTable } from '../plans/tables';
import {
  surveyDimensionsTable,
  surveyItemsTable,
  surveyResponsesTable,
  surveysTable,
} from '../surveys/tables';
import { teamsTable } from '../teams/tables';
import type { DomainRow, Table } from './table';

/** Every table of the domain by the entity name the change history records. */
export const tablesByEntity: Record<EntityName, Table<DomainRow>> = {
  team: teamsTable,
  model: modelsTable,
  level: levelsTable,
  axis: axesTable,
  dimension: dimensionsTable,
  plan: plansTable,
  target: targetsTable,
  step: stepsTable,
  review: reviewsTable,
  reviewStep: reviewStepsTable,
  assessment: assessmentsTable,
  score: scoresTable,
  survey: surveysTable,
  surveyDimension: surveyDimensionsTable,
  surveyItem: surveyItemsTable,
  surveyResponse: surveyResponsesTable,
};

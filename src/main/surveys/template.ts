import type { SurveyItem } from '@shared/domain/surveys';
import { servqualTemplate } from '@shared/reference';
import type { DomainRow, Table } from '../store/table';
import { surveyDimensionsTable, surveyItemsTable } from './tables';

/** Creates a row and records it: a change writer's `create`, or one that gives the row a seeded id. */
export type CreateRow = <Row extends DomainRow>(
  table: Table<Row>,
  fields: Omit<Row, 'id' | 'createdAt' | 'updatedAt'>,
) => Row;

/**
 * Writes the SERVQUAL template's dimensions and questions into a survey, and gives the questions in
 * order. `weights` are the dimensions' own, in the template's order (none by default).
 */
export function addTemplateQuestions(
  create: CreateRow,
  surveyId: string,
  weights: readonly number[] = [],
): SurveyItem[] {
  return servqualTemplate.dimensions.flatMap((dimension, d) => {
    const { id: dimensionId } = create(surveyDimensionsTable, {
      surveyId,
      key: dimension.key,
      name: dimension.name.en,
      nameFr: dimension.name.fr,
      weight: weights[d] ?? null,
      position: d + 1,
    });
    return dimension.items.map((item, i) =>
      create(surveyItemsTable, {
        surveyId,
        dimensionId,
        key: item.key,
        text: item.text.en,
        textFr: item.text.fr,
        position: i + 1,
      }),
    );
  });
}

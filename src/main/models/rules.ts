import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { dimensionsTable } from './tables';

/** Checks that a dimension belongs to the model a plan or assessment is on. */
export function assertDimensionOfModel(db: Db, dimensionId: string, modelId: string, path: string): void {
  if (dimensionsTable.get(db, dimensionId).modelId !== modelId) {
    throw new DomainError('invalid-input', 'This dimension belongs to another maturity model.', path);
  }
}

/** Checks that a level is one of the model's scale. */
export function assertLevelOfModel(db: Db, level: number, modelId: string, path: string): void {
  const known = prepared(db, 'SELECT 1 FROM model_levels WHERE model_id = ? AND value = ?').get(
    modelId,
    level,
  );
  if (!known) throw new DomainError('invalid-input', `Level ${level} is not on this model's scale.`, path);
}

/**
 * Checks every rating of a grid against a model with two reads, whatever their number; a rating found
 * wrong is checked again one by one, for the same error as a single rating gets.
 */
export function assertRatingsOfModel(
  db: Db,
  modelId: string,
  ratings: readonly { dimensionId: string; level: number }[],
  path: (index: number) => string,
): void {
  const dimensions = new Set(
    prepared(db, 'SELECT id FROM dimensions WHERE model_id = ?', 'pluck').all(modelId) as string[],
  );
  const levels = new Set(
    prepared(db, 'SELECT value FROM model_levels WHERE model_id = ?', 'pluck').all(modelId) as number[],
  );
  ratings.forEach((rating, i) => {
    if (!dimensions.has(rating.dimensionId))
      assertDimensionOfModel(db, rating.dimensionId, modelId, `${path(i)}.dimensionId`);
    if (!levels.has(rating.level)) assertLevelOfModel(db, rating.level, modelId, `${path(i)}.level`);
  });
}

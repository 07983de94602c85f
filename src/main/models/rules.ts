import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { dimensionsTable } from './tables';

/** Checks that a dimension belongs to the model a plan or assessment is on. */
export function assertDimensionOfModel(db: Db, dimensionId: string, modelId: string, path: string): void {
  if (dimensionsTable.get(db, dimensionId).modelId !== modelId) {
    throw new DomainError('invalid-input', 'This dimension belongs to another maturity model.', path);
  }
}

/** Checks that a level is one of the model's scale. */
export function assertLevelOfModel(db: Db, level: number, modelId: string, path: string): void {
  const known = db.prepare('SELECT 1 FROM model_levels WHERE model_id = ? AND value = ?').get(modelId, level);
  if (!known) throw new DomainError('invalid-input', `Level ${level} is not on this model's scale.`, path);
}

import type { ModelDetail, ModelSummary } from '@shared/domain/models';
import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { axesTable, dimensionsTable, levelsTable, modelsTable } from './tables';

export function listModels(db: Db): ModelSummary[] {
  const rows = prepared(
    db,
    `SELECT m.*,
         (SELECT count(*) FROM dimensions d WHERE d.model_id = m.id AND d.retired = 0) AS dimension_count,
         (SELECT count(*) FROM model_levels l WHERE l.model_id = m.id) AS level_count,
         (SELECT count(*) FROM plans p WHERE p.model_id = m.id) AS plan_count
       FROM models m
       ORDER BY m.builtin_key IS NULL, m.name COLLATE NOCASE`,
  ).all() as Record<string, unknown>[];
  return rows.map((raw) => ({
    ...modelsTable.fromDb(raw),
    dimensionCount: raw.dimension_count as number,
    levelCount: raw.level_count as number,
    planCount: raw.plan_count as number,
  }));
}

export function getModelDetail(db: Db, id: string): ModelDetail {
  const model = modelsTable.get(db, id);
  const all = (sql: string) => prepared(db, sql).all(id) as Record<string, unknown>[];
  const axes = all('SELECT * FROM model_axes WHERE model_id = ? ORDER BY position').map(axesTable.fromDb);
  // Dimensions in the order of their axis, then their own: sorted here, not joined to the axes again.
  const axisPosition = new Map(axes.map((axis) => [axis.id, axis.position]));
  return {
    ...model,
    levels: all('SELECT * FROM model_levels WHERE model_id = ? ORDER BY value').map(levelsTable.fromDb),
    axes,
    dimensions: all('SELECT * FROM dimensions WHERE model_id = ?')
      .map(dimensionsTable.fromDb)
      .filter((d) => axisPosition.has(d.axisId))
      .sort(
        (a, b) =>
          (axisPosition.get(a.axisId) as number) - (axisPosition.get(b.axisId) as number) ||
          a.position - b.position,
      ),
  };
}

/** Built-in models are reference content: they are copied to be adapted, never changed in place. */
export function assertEditableModel(db: Db, modelId: string): void {
  const model = modelsTable.get(db, modelId);
  if (model.builtinKey !== null) {
    throw new DomainError('conflict', 'Built-in models cannot be changed: copy the model to adapt it.');
  }
}

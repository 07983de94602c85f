import { builtInModels as referenceModels } from '@shared/reference';
import type { Migration } from '../migrate';
import { stableId } from '../../store/stableId';

/** Ships the ITIL 4 practices and MSP key points models, with the same ids on every machine. */
export const builtInModels: Migration = {
  version: 2,
  name: 'built-in maturity models',
  up: (db, { now }) => {
    const insertModel = db.prepare(
      `INSERT INTO models (id, builtin_key, name, name_fr, description, description_fr, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertLevel = db.prepare(
      `INSERT INTO model_levels
         (id, model_id, value, label, label_fr, description, description_fr, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAxis = db.prepare(
      `INSERT INTO model_axes (id, model_id, key, name, name_fr, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertDimension = db.prepare(
      `INSERT INTO dimensions (id, model_id, axis_id, key, name, name_fr, description, description_fr, position,
         retired, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    );
    for (const model of referenceModels) {
      const modelId = stableId(`model:${model.key}`);
      const { name, description } = model;
      insertModel.run(modelId, model.key, name.en, name.fr, description.en, description.fr, now, now);
      for (const level of model.levels) {
        insertLevel.run(
          stableId(`model:${model.key}:level:${level.value}`),
          modelId,
          level.value,
          level.label.en,
          level.label.fr,
          level.description.en,
          level.description.fr,
          now,
          now,
        );
      }
      model.axes.forEach((axis, a) => {
        const axisId = stableId(`model:${model.key}:axis:${axis.key}`);
        insertAxis.run(axisId, modelId, axis.key, axis.name.en, axis.name.fr, a + 1, now, now);
        axis.dimensions.forEach((dimension, d) => {
          insertDimension.run(
            stableId(`model:${model.key}:dimension:${dimension.key}`),
            modelId,
            axisId,
            dimension.key,
            dimension.name.en,
            dimension.name.fr,
            dimension.description.en,
            dimension.description.fr,
            d + 1,
            now,
            now,
          );
        });
      });
    }
  },
};

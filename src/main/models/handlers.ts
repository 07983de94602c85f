import { DomainError } from '@shared/result';
import { defineHandlers } from '../core/handler';
import { nextPosition } from '../store/position';
import { fieldsOf } from '../store/table';
import { assertEditableModel, getModelDetail, listModels } from './repository';
import { axesTable, dimensionsTable, levelsTable, modelsTable } from './tables';

export const modelHandlers = defineHandlers({
  'model.list': (_input, { db }) => listModels(db),
  'model.get': ({ id }, { db }) => getModelDetail(db, id),
  'model.create': (input, { changes }) => changes.create(modelsTable, { ...input, builtinKey: null }),
  'model.copy': ({ id, name }, { db, changes }) => {
    const source = getModelDetail(db, id);
    const copy = changes.create(modelsTable, {
      name,
      nameFr: '',
      description: source.description,
      descriptionFr: source.descriptionFr,
      builtinKey: null,
    });
    for (const level of source.levels) changes.create(levelsTable, { ...fieldsOf(level), modelId: copy.id });
    for (const axis of source.axes) {
      const { id: axisId } = changes.create(axesTable, { ...fieldsOf(axis), modelId: copy.id });
      for (const dimension of source.dimensions.filter((d) => d.axisId === axis.id)) {
        changes.create(dimensionsTable, { ...fieldsOf(dimension), modelId: copy.id, axisId });
      }
    }
    return getModelDetail(db, copy.id);
  },
  'model.update': ({ id, patch }, { db, changes }) => {
    assertEditableModel(db, id);
    return changes.update(modelsTable, id, patch);
  },
  'model.delete': ({ id }, { db, changes }) => {
    assertEditableModel(db, id);
    changes.remove(modelsTable, id);
    return null;
  },

  'level.create': (input, { db, changes }) => {
    assertEditableModel(db, input.modelId);
    return changes.create(levelsTable, input);
  },
  'level.update': ({ id, patch }, { db, changes }) => {
    assertEditableModel(db, levelsTable.get(db, id).modelId);
    return changes.update(levelsTable, id, patch);
  },
  'level.delete': ({ id }, { db, changes }) => {
    const level = levelsTable.get(db, id);
    assertEditableModel(db, level.modelId);
    changes.remove(levelsTable, id);
    return null;
  },

  'axis.create': ({ position, ...input }, { db, changes }) => {
    assertEditableModel(db, input.modelId);
    return changes.create(axesTable, {
      ...input,
      position: position ?? nextPosition(db, { table: 'model_axes', parent: 'model_id' }, input.modelId),
    });
  },
  'axis.update': ({ id, patch }, { db, changes }) => {
    assertEditableModel(db, axesTable.get(db, id).modelId);
    return changes.update(axesTable, id, patch);
  },
  'axis.delete': ({ id }, { db, changes }) => {
    assertEditableModel(db, axesTable.get(db, id).modelId);
    changes.remove(axesTable, id);
    return null;
  },

  'dimension.create': ({ position, ...input }, { db, changes }) => {
    assertEditableModel(db, input.modelId);
    assertAxisOfModel(axesTable.get(db, input.axisId).modelId, input.modelId);
    return changes.create(dimensionsTable, {
      ...input,
      retired: false,
      position: position ?? nextPosition(db, { table: 'dimensions', parent: 'axis_id' }, input.axisId),
    });
  },
  'dimension.update': ({ id, patch }, { db, changes }) => {
    const dimension = dimensionsTable.get(db, id);
    assertEditableModel(db, dimension.modelId);
    if (patch.axisId !== undefined)
      assertAxisOfModel(axesTable.get(db, patch.axisId).modelId, dimension.modelId);
    return changes.update(dimensionsTable, id, patch);
  },
  'dimension.delete': ({ id }, { db, changes }) => {
    assertEditableModel(db, dimensionsTable.get(db, id).modelId);
    changes.remove(dimensionsTable, id);
    return null;
  },
});

function assertAxisOfModel(axisModelId: string, modelId: string): void {
  if (axisModelId !== modelId) {
    throw new DomainError('invalid-input', 'The axis belongs to another model.', 'axisId');
  }
}

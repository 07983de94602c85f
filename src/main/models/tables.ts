import type { Dimension, MaturityModel, ModelAxis, ModelLevel } from '@shared/domain/models';
import { Table } from '../store/table';
import { noScope } from '../store/scope';
import { assessmentsTable, scoresTable } from '../assessments/tables';
import { plansTable, stepsTable, targetsTable } from '../plans/tables';

export const levelsTable = new Table<ModelLevel>({
  entity: 'level',
  table: 'model_levels',
  label: 'level',
  fields: {
    modelId: 'text',
    value: 'int',
    label: 'text',
    labelFr: 'text',
    description: 'text',
    descriptionFr: 'text',
  },
  scope: noScope,
});

export const dimensionsTable = new Table<Dimension>({
  entity: 'dimension',
  table: 'dimensions',
  label: 'dimension',
  fields: {
    modelId: 'text',
    axisId: 'text',
    key: 'text',
    name: 'text',
    nameFr: 'text',
    description: 'text',
    descriptionFr: 'text',
    position: 'real',
    retired: 'bool',
  },
  children: [
    {
      table: () => targetsTable,
      foreignKey: 'dimensionId',
      onDelete: 'restrict',
      restrictMessage: 'Plans have targets on this dimension: retire it instead, to keep their history.',
    },
    {
      table: () => scoresTable,
      foreignKey: 'dimensionId',
      onDelete: 'restrict',
      restrictMessage: 'Assessments rate this dimension: retire it instead, to keep their history.',
    },
    { table: () => stepsTable, foreignKey: 'dimensionId', onDelete: 'nullify' },
  ],
  scope: noScope,
});

export const axesTable = new Table<ModelAxis>({
  entity: 'axis',
  table: 'model_axes',
  label: 'axis',
  fields: { modelId: 'text', key: 'text', name: 'text', nameFr: 'text', position: 'real' },
  children: [
    {
      table: () => dimensionsTable,
      foreignKey: 'axisId',
      onDelete: 'restrict',
      restrictMessage: 'This axis still holds dimensions: move or delete them first.',
    },
  ],
  scope: noScope,
});

export const modelsTable = new Table<MaturityModel>({
  entity: 'model',
  table: 'models',
  label: 'maturity model',
  fields: {
    builtinKey: 'text',
    name: 'text',
    nameFr: 'text',
    description: 'text',
    descriptionFr: 'text',
  },
  children: [
    {
      table: () => plansTable,
      foreignKey: 'modelId',
      onDelete: 'restrict',
      restrictMessage: 'Plans use this model: delete them first.',
    },
    {
      table: () => assessmentsTable,
      foreignKey: 'modelId',
      onDelete: 'restrict',
      restrictMessage: 'Assessments use this model: delete them first.',
    },
    { table: () => dimensionsTable, foreignKey: 'modelId', onDelete: 'cascade' },
    { table: () => axesTable, foreignKey: 'modelId', onDelete: 'cascade' },
    { table: () => levelsTable, foreignKey: 'modelId', onDelete: 'cascade' },
  ],
  scope: noScope,
});

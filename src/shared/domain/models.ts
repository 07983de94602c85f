import { z } from 'zod';
import { Id, Key, Level, LongText, Name, Position, ShortText, Timestamps, patchOf } from './common';

/** `nameFr` and friends hold the French wording where a model ships both languages; empty otherwise. */
export const MaturityModel = z.object({
  id: Id,
  builtinKey: z.string().nullable(),
  name: Name,
  nameFr: ShortText,
  description: LongText,
  descriptionFr: LongText,
  ...Timestamps,
});
export type MaturityModel = z.infer<typeof MaturityModel>;

export const ModelLevel = z.object({
  id: Id,
  modelId: Id,
  value: Level,
  label: Name,
  labelFr: ShortText,
  description: LongText,
  descriptionFr: LongText,
  ...Timestamps,
});
export type ModelLevel = z.infer<typeof ModelLevel>;

export const ModelAxis = z.object({
  id: Id,
  modelId: Id,
  key: Key,
  name: Name,
  nameFr: ShortText,
  position: Position,
  ...Timestamps,
});
export type ModelAxis = z.infer<typeof ModelAxis>;

export const Dimension = z.object({
  id: Id,
  modelId: Id,
  axisId: Id,
  key: Key,
  name: Name,
  nameFr: ShortText,
  description: LongText,
  descriptionFr: LongText,
  position: Position,
  retired: z.boolean(),
  ...Timestamps,
});
export type Dimension = z.infer<typeof Dimension>;

export const ModelDetail = MaturityModel.extend({
  levels: z.array(ModelLevel),
  axes: z.array(ModelAxis),
  dimensions: z.array(Dimension),
});
export type ModelDetail = z.infer<typeof ModelDetail>;

export const ModelSummary = MaturityModel.extend({
  dimensionCount: z.number().int(),
  levelCount: z.number().int(),
  planCount: z.number().int(),
});
export type ModelSummary = z.infer<typeof ModelSummary>;

const modelFields = { name: Name, nameFr: ShortText, description: LongText, descriptionFr: LongText };
export const ModelCreate = z.strictObject({
  name: Name,
  nameFr: ShortText.default(''),
  description: LongText.default(''),
  descriptionFr: LongText.default(''),
});
export type ModelCreate = z.input<typeof ModelCreate>;
export const ModelUpdate = patchOf(modelFields);
/** Copies a model (a built-in one, typically) to adapt it: levels, axes and dimensions come along. */
export const ModelCopy = z.strictObject({ id: Id, name: Name });

const levelFields = {
  value: Level,
  label: Name,
  labelFr: ShortText,
  description: LongText,
  descriptionFr: LongText,
};
export const LevelCreate = z.strictObject({
  modelId: Id,
  value: Level,
  label: Name,
  labelFr: ShortText.default(''),
  description: LongText.default(''),
  descriptionFr: LongText.default(''),
});
export type LevelCreate = z.input<typeof LevelCreate>;
export const LevelUpdate = patchOf(levelFields);

const axisFields = { key: Key, name: Name, nameFr: ShortText, position: Position };
export const AxisCreate = z.strictObject({
  modelId: Id,
  key: Key,
  name: Name,
  nameFr: ShortText.default(''),
  position: Position.optional(),
});
export type AxisCreate = z.input<typeof AxisCreate>;
export const AxisUpdate = patchOf(axisFields);

const dimensionFields = {
  axisId: Id,
  key: Key,
  name: Name,
  nameFr: ShortText,
  description: LongText,
  descriptionFr: LongText,
  position: Position,
  retired: z.boolean(),
};
export const DimensionCreate = z.strictObject({
  modelId: Id,
  axisId: Id,
  key: Key,
  name: Name,
  nameFr: ShortText.default(''),
  description: LongText.default(''),
  descriptionFr: LongText.default(''),
  position: Position.optional(),
});
export type DimensionCreate = z.input<typeof DimensionCreate>;
export const DimensionUpdate = patchOf(dimensionFields);

export const ByModel = z.strictObject({ modelId: Id });

import type { Language } from '@shared/domain/settings';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import { localName } from '../../format';

/** "3 · Defined": a level of the model's scale with its label in the user's language. */
export function levelName(model: ModelDetail, value: number, language: Language): string {
  const level = model.levels.find((l) => l.value === value);
  return level
    ? `${value} · ${localName({ name: level.label, nameFr: level.labelFr }, language)}`
    : String(value);
}

export const dimensionById = (model: ModelDetail, id: string | null) =>
  id === null ? undefined : model.dimensions.find((d) => d.id === id);

/** A dimension's name in the user's language; a dimension no longer in the model has none. */
export const dimensionName = (model: ModelDetail, id: string | null, language: Language) => {
  const dimension = dimensionById(model, id);
  return dimension ? localName(dimension, language) : '';
};

/** The dimensions steps and targets may use: those not retired, in the model's order. */
export const liveDimensions = (model: ModelDetail): Dimension[] => model.dimensions.filter((d) => !d.retired);

import type { ModelDetail } from '@shared/domain/models';
import type { Language } from '@shared/domain/settings';
import { localName } from '../format';

/** The names a chart shows for a model's dimensions, axes and levels, in the user's language. */
export function modelNames(model: ModelDetail, language: Language) {
  const dimensions = new Map(model.dimensions.map((d) => [d.id, localName(d, language)] as const));
  const axes = new Map(model.axes.map((a) => [a.id, localName(a, language)] as const));
  const values = model.levels.map((l) => l.value);
  return {
    model: localName(model, language),
    dimension: (id: string) => dimensions.get(id) ?? '',
    axis: (id: string) => axes.get(id) ?? '',
    /** The scale's lowest and highest levels. */
    minLevel: values.length > 0 ? Math.min(...values) : 0,
    maxLevel: values.length > 0 ? Math.max(...values) : 5,
  };
}

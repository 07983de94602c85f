/** A maturity model as the assessment grid and the workshop show it: levels to choose, dimensions by axis. */
import type { Dimension, ModelAxis, ModelDetail, ModelLevel } from '@shared/domain/models';
import type { Language } from '@shared/domain/settings';
import type { Choice } from '../../components/ChoiceGroup';
import { localName } from '../../format';

/** What a dimension covers, in the user's language where the model ships it. */
export const dimensionDescription = (dimension: Dimension, language: Language) =>
  localName({ name: dimension.description, nameFr: dimension.descriptionFr }, language);

export const levelName = (level: ModelLevel, language: Language) =>
  localName({ name: level.label, nameFr: level.labelFr }, language);

/** "3 — Defined": a level as a tooltip or an accessible name says it. */
export const levelLabel = (level: ModelLevel, language: Language) =>
  `${level.value} — ${levelName(level, language)}`;

/** The model's scale as choices, picked by their digit (levels above 9 by arrows only). */
export const levelChoices = (model: ModelDetail, language: Language): Choice<number>[] =>
  [...model.levels]
    .sort((a, b) => a.value - b.value)
    .map((level) => ({
      value: level.value,
      short: String(level.value),
      label: levelLabel(level, language),
      digit: level.value <= 9 ? level.value : null,
    }));

/**
 * The model's dimensions under their axes, in the model's order. Retired dimensions are left out, unless
 * `keep` says to show one (it is rated in the assessment shown).
 */
export function dimensionsByAxis(
  model: ModelDetail,
  keep: (dimension: Dimension) => boolean = () => false,
): { axis: ModelAxis; dimensions: Dimension[] }[] {
  const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;
  return [...model.axes].sort(byPosition).flatMap((axis) => {
    const dimensions = model.dimensions
      .filter((d) => d.axisId === axis.id && (!d.retired || keep(d)))
      .sort(byPosition);
    return dimensions.length === 0 ? [] : [{ axis, dimensions }];
  });
}

import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesPoint } from '@shared/calc/trends';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import { ChoiceGroup, focusChoiceGroup } from '../../components/ChoiceGroup';
import { formatDay, localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import type { AssessmentDraft } from './draft';
import { dimensionsByAxis, levelChoices, levelName } from './modelParts';

/**
 * Every dimension of the model in one grid, grouped by axis: the level before for reference, the level
 * given now and the evidence behind it. From the keyboard: a digit sets the level, ← → change it, ↑ ↓
 * move between dimensions, Delete clears, Tab goes to the evidence note.
 */
export function AssessmentGrid({
  model,
  draft,
  previous,
  activeId,
  onLevel,
  onEvidence,
  onActive,
}: {
  model: ModelDetail;
  draft: AssessmentDraft;
  previous: ReadonlyMap<string, SeriesPoint>;
  activeId: string | null;
  onLevel: (dimensionId: string, level: number | null) => void;
  onEvidence: (dimensionId: string, evidence: string) => void;
  onActive: (dimensionId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const idPrefix = useId();
  const groups = useRef(new Map<string, HTMLElement>());
  const choices = levelChoices(model, language);
  const axes = dimensionsByAxis(model, (d) => draft.levels[d.id] !== undefined);
  const order = axes.flatMap(({ dimensions }) => dimensions.map((d) => d.id));
  const levelOf = (value: number) => model.levels.find((level) => level.value === value);

  const moveFrom = (dimensionId: string, delta: -1 | 1) => {
    const next = order[order.indexOf(dimensionId) + delta];
    if (next !== undefined) focusChoiceGroup(groups.current.get(next));
  };

  const row = (dimension: Dimension) => {
    const nameId = `${idPrefix}-${dimension.id}`;
    const name = localName(dimension, language);
    const before = previous.get(dimension.id);
    const beforeLevel = before ? levelOf(before.level) : undefined;
    const level = draft.levels[dimension.id];
    return (
      <tr
        key={dimension.id}
        className={dimension.id === activeId ? 'assess-grid__row is-active' : 'assess-grid__row'}
        onFocus={() => onActive(dimension.id)}
        onClick={() => onActive(dimension.id)}
      >
        <th scope="row" id={nameId}>
          <span className="clamp-2" title={name}>
            {name}
          </span>
        </th>
        <td className="assess-grid__previous">
          {before ? (
            <span
              className="stacked"
              title={t('assess.previousTitle', {
                level: beforeLevel ? levelName(beforeLevel, language) : before.level,
                date: formatDay(before.date, language),
              })}
            >
              <span className="assess-grid__previous-level">{before.level}</span>
              <span className="muted small nowrap">{formatDay(before.date, language)}</span>
            </span>
          ) : (
            <span className="muted" title={t('assess.notRatedBefore')}>
              —<span className="visually-hidden">{t('assess.notRatedBefore')}</span>
            </span>
          )}
        </td>
        <td>
          <div
            ref={(element) => {
              if (element) groups.current.set(dimension.id, element);
              else groups.current.delete(dimension.id);
            }}
          >
            <ChoiceGroup
              choices={choices}
              value={level ?? null}
              labelledBy={nameId}
              className="choice-group--scale"
              onChange={(value) => onLevel(dimension.id, value)}
              onClear={() => onLevel(dimension.id, null)}
              onRow={(delta) => moveFrom(dimension.id, delta)}
            />
          </div>
        </td>
        <td>
          <input
            type="text"
            aria-label={t('assess.evidenceFor', { name })}
            placeholder={
              level === undefined ? t('assess.evidenceNeedsLevel') : t('assess.evidencePlaceholder')
            }
            disabled={level === undefined}
            value={draft.evidence[dimension.id] ?? ''}
            onChange={(event) => onEvidence(dimension.id, event.target.value)}
          />
        </td>
      </tr>
    );
  };

  return (
    <div className="table-card assess-grid-card">
      <table className="table table--in-main assess-grid" aria-label={t('assess.gridLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('assess.columns.dimension')}</th>
            <th scope="col" className="assess-grid__previous">
              {t('assess.columns.previous')}
            </th>
            <th scope="col" className="assess-grid__level">
              {t('assess.columns.level')}
            </th>
            <th scope="col">{t('assess.columns.evidence')}</th>
          </tr>
        </thead>
        {axes.map(({ axis, dimensions }) => (
          <tbody key={axis.id}>
            <tr className="assess-grid__axis">
              <th scope="colgroup" colSpan={4}>
                {localName(axis, language)}
              </th>
            </tr>
            {dimensions.map(row)}
          </tbody>
        ))}
      </table>
    </div>
  );
}

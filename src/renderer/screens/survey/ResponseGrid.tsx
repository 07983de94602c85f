import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, SurveyDetail, SurveyResponse } from '@shared/domain/surveys';
import { answerSides } from '@shared/domain/constants';
import type { AnswerSide } from '@shared/domain/surveyImport';
import { asApiError, call } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { useSurveyPageStore } from '../../stores/surveyPageStore';
import { showSuccess } from '../../stores/toastStore';
import { describeSurveyError, itemText } from './surveyWords';

type Rating = number | null;
/** One respondent's row as the grid holds it: saved (`responseId`) or new, and their ratings by item. */
interface Row {
  key: string;
  responseId: string | null;
  respondent: string;
  ratings: Readonly<Record<string, readonly [Rating, Rating]>>;
}

const rowOf = (response: SurveyResponse): Row => ({
  key: response.id,
  responseId: response.id,
  respondent: response.respondent,
  ratings: Object.fromEntries(
    response.answers.map((a) => [a.itemId, [a.expectation, a.perception] as const]),
  ),
});

const answersOf = (row: Row): Answer[] =>
  Object.entries(row.ratings)
    .filter(([, [expectation, perception]]) => expectation !== null || perception !== null)
    .map(([itemId, [expectation, perception]]) => ({ itemId, expectation, perception }));

let freshRows = 0;

/**
 * The fast entry grid: one row per respondent, an expectation and a perception per item, keyboard only.
 * Digits set a rating (and move on when no second digit could follow), arrows, Tab, Home and End move,
 * Delete clears, Enter goes to the next respondent and adds one after the last. A row is saved when the
 * focus leaves it.
 */
export function ResponseGrid({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const saveResponse = useSurveyPageStore((state) => state.saveResponse);
  const [drafts, setDrafts] = useState<Record<string, Row>>({});
  const [freshKeys, setFreshKeys] = useState<string[]>([]);
  const [saving, setSaving] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [focused, setFocused] = useState<{ item: number; side: AnswerSide } | null>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());
  /** A cell of a row not drawn yet (one just added), focused once it is. */
  const focusAfterRender = useRef<string | null>(null);
  const activeRow = useRef<string | null>(null);
  const pending = useRef<{ key: string; column: number; value: number } | null>(null);

  const { items, scaleMin: min, scaleMax: max } = survey;
  const lastColumn = items.length * 2;
  const rows: Row[] = [
    ...survey.responses.map((response) => drafts[response.id] ?? rowOf(response)),
    ...freshKeys.flatMap((key) => drafts[key] ?? []),
  ];

  useEffect(() => {
    const wanted = focusAfterRender.current;
    if (wanted === null) return;
    focusAfterRender.current = null;
    cells.current.get(wanted)?.focus();
  });
  const focusCell = (key: string, column: number) => {
    const cell = cells.current.get(`${key}:${column}`);
    if (cell) cell.focus();
    else focusAfterRender.current = `${key}:${column}`;
  };

  const edit = (row: Row, change: Partial<Row>) =>
    setDrafts((all) => ({ ...all, [row.key]: { ...row, ...change } }));
  const setRating = (row: Row, column: number, value: Rating) => {
    const item = items[(column - 1) >> 1];
    if (!item) return;
    const [expectation, perception] = row.ratings[item.id] ?? [null, null];
    const pair = (column - 1) % 2 === 0 ? ([value, perception] as const) : ([expectation, value] as const);
    edit(row, { ratings: { ...row.ratings, [item.id]: pair } });
  };

  const commit = async (key: string | null) => {
    const row = key === null ? undefined : rows.find((r) => r.key === key);
    if (!row || drafts[row.key] !== row) return;
    const answers = answersOf(row);
    if (row.responseId === null && answers.length === 0) return;
    setSaving((n) => n + 1);
    try {
      const saved = await saveResponse(row.responseId, { respondent: row.respondent, answers });
      setFailure(null);
      setDrafts(({ [row.key]: current, ...rest }) => {
        if (current === row) return rest;
        // Typed into while it was saved: keep those changes, now on the saved response.
        return current ? { ...rest, [saved.id]: { ...current, key: saved.id, responseId: saved.id } } : rest;
      });
      if (row.responseId === null) setFreshKeys((keys) => keys.filter((k) => k !== row.key));
    } catch (caught) {
      setFailure(describeSurveyError(asApiError(caught), t));
    } finally {
      setSaving((n) => n - 1);
    }
  };

  const addRow = (): Row => {
    freshRows += 1;
    const row: Row = {
      key: `new-${freshRows}`,
      responseId: null,
      respondent: t('survey.grid.respondentN', { n: rows.length + 1 }),
      ratings: {},
    };
    setDrafts((all) => ({ ...all, [row.key]: row }));
    setFreshKeys((keys) => [...keys, row.key]);
    return row;
  };

  const moveTo = (rowIndex: number, column: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
    if (row) focusCell(row.key, Math.max(0, Math.min(lastColumn, column)));
  };
  const nextRespondent = (rowIndex: number) => {
    const next = rows[rowIndex + 1] ?? addRow();
    focusCell(next.key, 1);
  };

  const onRowFocus = (row: Row, column: number) => {
    if (activeRow.current !== row.key) void commit(activeRow.current);
    activeRow.current = row.key;
    pending.current = null;
    setFocused(
      column === 0 ? null : { item: (column - 1) >> 1, side: answerSides[(column - 1) % 2] as AnswerSide },
    );
  };
  const onGridBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    void commit(activeRow.current);
    activeRow.current = null;
    setFocused(null);
  };

  const onRatingKey = (
    event: KeyboardEvent<HTMLInputElement>,
    row: Row,
    rowIndex: number,
    column: number,
  ) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const { key } = event;
    if (/^\d$/.test(key)) {
      event.preventDefault();
      const digit = Number(key);
      const before = pending.current;
      const twoDigits =
        before && before.key === row.key && before.column === column ? before.value * 10 + digit : null;
      const value = twoDigits !== null && twoDigits <= max ? twoDigits : digit;
      pending.current = null;
      if (value < min || value > max) {
        setHint(t('survey.grid.offScale', { min, max }));
        return;
      }
      setHint(null);
      setRating(row, column, value);
      // On a scale up to 10, a 1 may be the start of 10: wait for the next key before moving on.
      if (twoDigits === null && value !== 0 && value * 10 <= max)
        pending.current = { key: row.key, column, value };
      else if (column < lastColumn) moveTo(rowIndex, column + 1);
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowRight: () => moveTo(rowIndex, column + 1),
      ArrowLeft: () => moveTo(rowIndex, column - 1),
      ArrowUp: () => moveTo(rowIndex - 1, column),
      ArrowDown: () => moveTo(rowIndex + 1, column),
      Home: () => moveTo(rowIndex, 1),
      End: () => moveTo(rowIndex, lastColumn),
      Enter: () => nextRespondent(rowIndex),
      Delete: () => setRating(row, column, null),
      Backspace: () => setRating(row, column, null),
    };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      pending.current = null;
      move();
    } else if (key.length === 1) {
      // Letters and signs are no rating.
      event.preventDefault();
    }
  };

  const onNameKey = (event: KeyboardEvent<HTMLInputElement>, rowIndex: number) => {
    const moves: Record<string, () => void> = {
      Enter: () => nextRespondent(rowIndex),
      ArrowUp: () => moveTo(rowIndex - 1, 0),
      ArrowDown: () => moveTo(rowIndex + 1, 0),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const remove = async (row: Row) => {
    setDrafts(({ [row.key]: _dropped, ...rest }) => rest);
    setFreshKeys((keys) => keys.filter((k) => k !== row.key));
    if (row.responseId === null) return;
    try {
      await call('surveyResponse.delete', { id: row.responseId });
      showSuccess(t('survey.grid.deleted', { name: row.respondent || t('survey.grid.anonymous') }));
    } catch (caught) {
      setFailure(describeSurveyError(asApiError(caught), t));
    }
  };

  const dimensionOf = new Map(survey.dimensions.map((d) => [d.id, d]));
  const groups = survey.dimensions
    .map((d) => ({ dimension: d, count: items.filter((item) => item.dimensionId === d.id).length }))
    .filter((g) => g.count > 0);
  const focusedItem = focused ? items[focused.item] : undefined;
  const nameOf = (row: Row, i: number) => row.respondent || t('survey.grid.respondentN', { n: i + 1 });

  return (
    <div className="grid-entry">
      <div className="grid-entry__status">
        <p className="grid-entry__focus" aria-hidden="true">
          {focusedItem && focused ? (
            <>
              <strong>{t('survey.itemNumber', { number: focused.item + 1 })}</strong>
              {' · '}
              {localName(dimensionOf.get(focusedItem.dimensionId) ?? { name: '' }, language)}
              {' — '}
              {itemText(focusedItem, language)}
              {' · '}
              <strong>{t(`survey.sides.${focused.side}`)}</strong>
            </>
          ) : (
            t('survey.grid.keys', { min, max })
          )}
        </p>
        <p className="grid-entry__saved" role="status">
          {hint ?? (saving > 0 ? t('common.saving') : failure ? '' : t('survey.grid.allSaved'))}
        </p>
      </div>
      {failure && <ErrorAlert>{failure}</ErrorAlert>}
      {rows.length === 0 ? (
        <EmptyState icon="surveys" title={t('survey.grid.emptyTitle')} level={3}>
          {t('survey.grid.emptyText')}
        </EmptyState>
      ) : (
        <div className="grid-entry__scroller" onBlur={onGridBlur}>
          <table className="response-grid" aria-label={t('survey.grid.label')}>
            <thead>
              <tr>
                <th scope="col" rowSpan={3} className="response-grid__corner">
                  {t('survey.grid.respondent')}
                </th>
                {groups.map(({ dimension, count }) => (
                  <th
                    key={dimension.id}
                    scope="colgroup"
                    colSpan={count * 2}
                    className="response-grid__dimension"
                  >
                    <span className="truncate" title={localName(dimension, language)}>
                      {localName(dimension, language)}
                    </span>
                  </th>
                ))}
              </tr>
              <tr>
                {items.map((item, i) => (
                  <th key={item.id} scope="colgroup" colSpan={2} title={itemText(item, language)}>
                    {t('survey.itemNumber', { number: i + 1 })}
                  </th>
                ))}
              </tr>
              <tr>
                {items.flatMap((item) =>
                  answerSides.map((side) => (
                    <th key={`${item.id}:${side}`} scope="col" className="response-grid__side">
                      <abbr title={t(`survey.sides.${side}`)}>{t(`survey.sidesShort.${side}`)}</abbr>
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.key}>
                  <th scope="row" className="response-grid__who">
                    <button
                      type="button"
                      className="icon-button icon-button--danger"
                      aria-label={t('survey.grid.deleteRespondent', { name: nameOf(row, r) })}
                      onClick={() => void remove(row)}
                    >
                      <Icon name="trash" size={16} />
                    </button>
                    <input
                      ref={(element) => {
                        if (element) cells.current.set(`${row.key}:0`, element);
                        else cells.current.delete(`${row.key}:0`);
                      }}
                      type="text"
                      maxLength={200}
                      value={row.respondent}
                      placeholder={t('survey.grid.respondentN', { n: r + 1 })}
                      aria-label={t('survey.grid.nameOf', { n: r + 1 })}
                      onFocus={() => onRowFocus(row, 0)}
                      onChange={(event) => edit(row, { respondent: event.target.value })}
                      onKeyDown={(event) => onNameKey(event, r)}
                    />
                  </th>
                  {items.flatMap((item, i) =>
                    answerSides.map((side, s) => {
                      const column = i * 2 + s + 1;
                      const value = row.ratings[item.id]?.[s] ?? null;
                      return (
                        <td
                          key={`${item.id}:${side}`}
                          className={s === 0 ? 'response-grid__expectation' : undefined}
                        >
                          <input
                            ref={(element) => {
                              if (element) cells.current.set(`${row.key}:${column}`, element);
                              else cells.current.delete(`${row.key}:${column}`);
                            }}
                            className="response-grid__cell"
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            value={value ?? ''}
                            aria-label={t('survey.grid.cellLabel', {
                              name: nameOf(row, r),
                              item: t('survey.itemNumber', { number: i + 1 }),
                              side: t(`survey.sides.${side}`),
                            })}
                            onFocus={(event) => {
                              onRowFocus(row, column);
                              event.currentTarget.select();
                            }}
                            onKeyDown={(event) => onRatingKey(event, row, r, column)}
                            onChange={(event) => {
                              // Pasted or dictated text: a rating on the scale, or nothing.
                              const typed = event.target.value.trim();
                              const rating = typed === '' ? null : Number(typed);
                              if (
                                rating === null ||
                                (Number.isInteger(rating) && rating >= min && rating <= max)
                              )
                                setRating(row, column, rating);
                            }}
                          />
                        </td>
                      );
                    }),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="grid-entry__footer">
        <button type="button" className="button" onClick={() => focusCell(addRow().key, 1)}>
          <Icon name="plus" />
          {t('survey.grid.addRespondent')}
        </button>
      </div>
    </div>
  );
}

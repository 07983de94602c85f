import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerSides } from '@shared/domain/constants';
import type {
  ResponseCheck,
  ResponseColumn,
  ResponseMapping,
  ResponsePreview,
} from '@shared/domain/surveyImport';
import type { SurveyDetail } from '@shared/domain/surveys';
import { asApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { useSurveyPageStore } from '../../stores/surveyPageStore';
import { showSuccess } from '../../stores/toastStore';
import { describeSurveyError } from './surveyWords';

const valueOf = (column: ResponseColumn) =>
  column === null ? '' : column === 'respondent' ? column : `${column.side}:${column.itemId}`;
const columnOf = (value: string): ResponseColumn => {
  if (value === '') return null;
  if (value === 'respondent') return 'respondent';
  const [side, itemId = ''] = value.split(':');
  return { side: side === 'perception' ? 'perception' : 'expectation', itemId };
};

/** Rows of problems shown at most: the counts say how many more. */
const shownProblemRows = 50;

/**
 * The import of responses from a file: what each column holds (guessed from its header, changed here),
 * which rows will be imported and why the others will not, then the import in one go.
 */
export function ImportResponsesDialog({
  survey,
  preview,
  onClose,
}: {
  survey: SurveyDetail;
  preview: ResponsePreview;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checkImport = useSurveyPageStore((state) => state.checkImport);
  const applyImport = useSurveyPageStore((state) => state.applyImport);
  const [mapping, setMapping] = useState<ResponseMapping>(preview.mapping);
  const [check, setCheck] = useState<ResponseCheck>(preview);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const remap = async (index: number, column: ResponseColumn) => {
    // A side of an item, or the respondent, comes from one column: the column that had it lets it go.
    const next = mapping.map((c, i) =>
      i === index ? column : column !== null && valueOf(c) === valueOf(column) ? null : c,
    );
    setMapping(next);
    const mine = ++latest.current;
    try {
      const checked = await checkImport(preview.token, next);
      if (mine === latest.current) setCheck(checked);
    } catch (caught) {
      setError(describeSurveyError(asApiError(caught), t));
    }
  };

  const apply = async () => {
    if (busy || check.validCount === 0) return;
    setBusy(true);
    setError(null);
    try {
      const { imported, skipped } = await applyImport(preview.token, mapping);
      showSuccess(
        skipped === 0
          ? t('survey.import.done', { count: imported })
          : t('survey.import.doneSkipped', { count: imported, skipped }),
      );
      onClose();
    } catch (caught) {
      setError(describeSurveyError(asApiError(caught), t));
      setBusy(false);
    }
  };

  const problemRows = check.rows.filter((row) => !row.valid);
  const numberOf = new Map(survey.items.map((item, i) => [item.id, i + 1]));

  return (
    <Dialog title={t('survey.import.title')} onClose={onClose}>
      <div className="dialog__body response-import">
        <p className="muted">
          {t('survey.import.fileLine', { file: preview.fileName, row: preview.headerRow })}
        </p>
        {error && <ErrorAlert>{error}</ErrorAlert>}
        <section aria-labelledby="import-mapping">
          <h3 id="import-mapping">{t('survey.import.mappingTitle')}</h3>
          <p className="muted small">{t('survey.import.mappingHint')}</p>
          <div className="response-import__mapping">
            {preview.headers.map((header, i) => {
              const name = header || t('survey.import.columnN', { n: i + 1 });
              return (
                <label key={i} className="response-import__column">
                  <span className="truncate" title={name}>
                    {name}
                  </span>
                  <select
                    value={valueOf(mapping[i] ?? null)}
                    onChange={(event) => void remap(i, columnOf(event.target.value))}
                  >
                    <option value="">{t('survey.import.ignore')}</option>
                    <option value="respondent">{t('survey.import.respondent')}</option>
                    {survey.dimensions.map((dimension) => (
                      <optgroup key={dimension.id} label={localName(dimension, language)}>
                        {survey.items
                          .filter((item) => item.dimensionId === dimension.id)
                          .flatMap((item) =>
                            answerSides.map((side) => (
                              <option key={`${item.id}:${side}`} value={`${side}:${item.id}`}>
                                {t('survey.import.itemSide', {
                                  item: t('survey.itemNumber', { number: numberOf.get(item.id) }),
                                  side: t(`survey.sides.${side}`),
                                })}
                              </option>
                            )),
                          )}
                      </optgroup>
                    ))}
                  </select>
                </label>
              );
            })}
          </div>
        </section>
        <section aria-labelledby="import-rows" className="response-import__rows">
          <h3 id="import-rows">{t('survey.import.rowsTitle')}</h3>
          <p role="status">
            {t('survey.import.ready', { count: check.validCount })}
            {check.errorCount > 0 && ` · ${t('survey.import.withProblems', { count: check.errorCount })}`}
            {` · ${t('survey.import.mappedItems', { count: check.mappedItems, total: survey.items.length })}`}
          </p>
          {problemRows.length > 0 && (
            <ul className="response-import__problems">
              {problemRows.slice(0, shownProblemRows).map((row) => (
                <li key={row.row}>
                  <strong>{t('survey.import.rowN', { n: row.row })}</strong>
                  {row.respondent && ` · ${row.respondent}`}
                  {' — '}
                  {row.problems
                    .map((p) => t(`survey.import.problems.${p.reason}`, { column: p.column, value: p.value }))
                    .join(t('survey.import.separator'))}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy || check.validCount === 0}
          onClick={() => void apply()}
        >
          {busy ? t('survey.import.importing') : t('survey.import.apply', { count: check.validCount })}
        </button>
      </DialogFooter>
    </Dialog>
  );
}

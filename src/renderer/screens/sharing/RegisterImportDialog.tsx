import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerFields, registerPreviewRows } from '@shared/domain/constants';
import type { RegisterCheck, RegisterField, RegisterImported, RegisterPreview } from '@shared/domain/sharing';
import { asApiError, type ApiError } from '../../api';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { formatDay } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { useSharingStore } from '../../stores/sharingStore';
import { ReadingFile, RefusedFile, useChosenFile } from './FileChoice';
import { useStageFocus } from './stageFocus';
import { TaskProgressBar } from './TaskProgressBar';

type Stage =
  | { kind: 'reading' }
  | { kind: 'mapping'; preview: RegisterPreview; check: RegisterCheck }
  | { kind: 'importing'; preview: RegisterPreview; check: RegisterCheck }
  | { kind: 'imported'; result: RegisterImported }
  | { kind: 'refused'; error: ApiError };

/**
 * Imports the steps of a CSI register (CSV or Excel) into a plan: main opens the file dialog at once and
 * guesses which step field each column fills; the user fixes the mapping, every change re-checked by
 * main, sees each row's problems, then imports the rows that have none.
 */
export function RegisterImportDialog({
  plan,
  onClose,
}: {
  plan: { id: string; title: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = useSharingStore((state) => state.run);
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const [checking, setChecking] = useState(false);
  const stageRef = useStageFocus(stage.kind);
  const latestCheck = useRef(0);
  const choose = useChosenFile({
    open: () => run('register.previewImport', { planId: plan.id }),
    read: (preview) => setStage({ kind: 'mapping', preview, check: preview }),
    refused: (error) => setStage({ kind: 'refused', error }),
    cancelled: onClose,
  });
  const chooseAgain = () => {
    setStage({ kind: 'reading' });
    void choose();
  };

  if (stage.kind !== 'mapping' && stage.kind !== 'importing') {
    return (
      <Dialog title={t('sharing.registerTitle')} onClose={onClose}>
        <div ref={stageRef} className="dialog-stage">
          {stage.kind === 'reading' && <ReadingFile />}
          {stage.kind === 'refused' && (
            <RefusedFile error={stage.error} kind="register" onClose={onClose} onChooseAgain={chooseAgain} />
          )}
          {stage.kind === 'imported' && (
            <>
              <div className="dialog__body">
                <p className="share-saved" role="status">
                  <Icon name="check" />
                  <span>
                    {t('sharing.registerImported', { count: stage.result.imported, title: plan.title })}{' '}
                    {stage.result.skipped > 0 &&
                      t('sharing.registerSkipped', { count: stage.result.skipped })}
                  </span>
                </p>
              </div>
              <DialogFooter>
                <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
                  {t('sharing.done')}
                </button>
              </DialogFooter>
            </>
          )}
        </div>
      </Dialog>
    );
  }

  const { preview, check } = stage;
  const importing = stage.kind === 'importing';

  const remap = async (column: number, field: RegisterField | null) => {
    // A field is filled by one column: the column that filled it before lets it go.
    const mapping = check.mapping.map((current, i) =>
      i === column ? field : current !== null && current === field ? null : current,
    );
    setStage({ kind: 'mapping', preview, check: { ...check, mapping } });
    const mine = ++latestCheck.current;
    setChecking(true);
    try {
      const checked = await run('register.checkMapping', { token: preview.token, mapping });
      if (mine === latestCheck.current) setStage({ kind: 'mapping', preview, check: checked });
    } catch (caught) {
      if (mine === latestCheck.current) setStage({ kind: 'refused', error: asApiError(caught) });
    } finally {
      if (mine === latestCheck.current) setChecking(false);
    }
  };

  const confirm = async () => {
    if (importing || checking || check.validCount === 0) return;
    setStage({ kind: 'importing', preview, check });
    try {
      const result = await run('register.applyImport', { token: preview.token, mapping: check.mapping });
      setStage({ kind: 'imported', result });
    } catch (caught) {
      setStage({ kind: 'refused', error: asApiError(caught) });
    }
  };

  return (
    <Dialog title={t('sharing.registerTitle')} onClose={onClose} size="large">
      <div ref={stageRef} className="dialog-stage">
        <div className="dialog__body">
          <p className="muted">
            {t('sharing.registerIntro', { fileName: preview.fileName, row: preview.headerRow })}
          </p>
          <ColumnMapping
            headers={preview.headers}
            mapping={check.mapping}
            disabled={importing}
            onChange={(column, field) => void remap(column, field)}
          />
          {!check.mapping.includes('title') && (
            <p className="warning-text" role="alert">
              {t('sharing.noTitleColumn')}
            </p>
          )}
          <p className="register-counts" role="status">
            {checking
              ? t('sharing.checking')
              : t('sharing.rowCounts', {
                  ready: t('sharing.rowsReady', { count: check.validCount }),
                  problems: t('sharing.rowsWithProblems', { count: check.errorCount }),
                })}
          </p>
          <RegisterRows check={check} checking={checking} />
          {importing && <TaskProgressBar label={t('sharing.importing')} />}
        </div>
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={importing || checking || check.validCount === 0}
            onClick={() => void confirm()}
          >
            {importing ? t('sharing.importing') : t('sharing.importSteps', { count: check.validCount })}
          </button>
        </DialogFooter>
      </div>
    </Dialog>
  );
}

/** One select per column of the file: the step field it fills, or nothing. */
function ColumnMapping({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: readonly string[];
  mapping: readonly (RegisterField | null)[];
  disabled: boolean;
  onChange: (column: number, field: RegisterField | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="register-mapping">
      <legend className="field__label">{t('sharing.columns')}</legend>
      <div className="register-mapping__grid">
        {headers.map((header, column) => {
          const name = header.trim() || t('sharing.unnamedColumn', { number: column + 1 });
          return (
            <div key={column} className="register-mapping__column">
              <span className="register-mapping__header truncate" title={name} aria-hidden="true">
                {name}
              </span>
              <select
                aria-label={t('sharing.fieldFor', { column: name })}
                value={mapping[column] ?? ''}
                disabled={disabled}
                className={mapping[column] ? undefined : 'register-mapping__ignored'}
                onChange={(event) => onChange(column, (event.target.value || null) as RegisterField | null)}
              >
                <option value="">{t('sharing.ignore')}</option>
                {registerFields.map((field) => (
                  <option key={field} value={field}>
                    {t(`sharing.registerFields.${field}`)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The register's rows as they would become steps, each with its problems. */
function RegisterRows({ check, checking }: { check: RegisterCheck; checking: boolean }) {
  const count = check.validCount + check.errorCount;
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-card register-rows" aria-busy={checking}>
      <table className="table table--top" aria-label={t('sharing.rows')}>
        <thead>
          <tr>
            <th scope="col" className="register-rows__number">
              {t('sharing.row')}
            </th>
            <th scope="col">{t('sharing.step')}</th>
            <th scope="col" className="register-rows__status">
              {t('sharing.registerFields.status')}
            </th>
            <th scope="col" className="register-rows__date">
              {t('sharing.registerFields.dueDate')}
            </th>
            <th scope="col" className="register-rows__check">
              {t('sharing.problems')}
            </th>
          </tr>
        </thead>
        <tbody>
          {check.rows.slice(0, registerPreviewRows).map((row) => (
            <tr key={row.row} className={row.problems.length > 0 ? 'register-rows__bad' : undefined}>
              <th scope="row" className="register-rows__number">
                {row.row}
              </th>
              <td>
                <span className="clamp-2">{row.title}</span>
                {row.step?.owner && <span className="small muted">{row.step.owner}</span>}
              </td>
              <td className="register-rows__status">
                {row.step ? t(`sharing.stepStatus.${row.step.status}`) : ''}
              </td>
              <td className="register-rows__date">
                {row.step?.dueDate ? formatDay(row.step.dueDate, language) : ''}
              </td>
              <td className="register-rows__check">
                {row.problems.length === 0 ? (
                  <span className="register-rows__ready">
                    <Icon name="check" size={16} />
                    {t('sharing.ready')}
                  </span>
                ) : (
                  <ul className="register-problems">
                    {row.problems.map((problem, i) => {
                      const reason = t(`sharing.problemReasons.${problem.reason}`);
                      return (
                        <li key={i}>
                          {problem.value
                            ? t('sharing.problemValue', {
                                column: problem.column,
                                reason,
                                value: problem.value,
                              })
                            : t('sharing.problem', { column: problem.column, reason })}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > registerPreviewRows && (
        <p className="register-rows__more small muted">
          {t('sharing.firstRows', { shown: registerPreviewRows, count })}
        </p>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, spreadsheetFormats } from '@shared/domain/constants';
import type { Language } from '@shared/domain/settings';
import type { FileSaved } from '@shared/domain/sharing';
import { asApiError, type ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { describeError } from '../../errors';
import { useLanguage } from '../../stores/settingsStore';
import { useSharingStore } from '../../stores/sharingStore';
import { showError, showSuccess } from '../../stores/toastStore';
import { TaskProgressBar } from './TaskProgressBar';

const formats = ['pdf', ...spreadsheetFormats, 'planFile'] as const;
type ExportFormat = (typeof formats)[number];

/** Each language named in itself, as Settings names them. */
const languageNames = { en: 'settings.english', fr: 'settings.french' } as const;

/**
 * Shares a plan as a file: the client-ready PDF report, a workbook, a CSV, or the plan file. Main asks
 * where to save; a cancelled save dialog leaves this one as it was, without a word.
 */
export function ShareDialog({ plan, onClose }: { plan: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const appLanguage = useLanguage();
  const run = useSharingStore((state) => state.run);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(appLanguage);
  // A copy for the client is what sharing is most often for: internal figures stay out unless asked.
  const [clientCopy, setClientCopy] = useState(true);
  const [busy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const open = useRef(true);
  const doneRef = useRef<HTMLButtonElement>(null);
  const formatName = useId();

  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );
  useEffect(() => {
    if (savedAs) doneRef.current?.focus();
  }, [savedAs]);

  const exportFile = (): Promise<FileSaved> => {
    if (format === 'pdf') return run('plan.exportPdf', { planId: plan.id, language, clientCopy });
    if (format === 'planFile') return run('planFile.export', { planId: plan.id });
    return run('plan.exportSpreadsheet', { planId: plan.id, format, clientCopy, language });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await exportFile();
      if (!saved.saved) return;
      const message = t('sharing.saved', { fileName: saved.fileName });
      // Closed while main was writing: the outcome still reaches the user.
      if (open.current) setSavedAs(saved.fileName);
      else showSuccess(message);
    } catch (caught) {
      const failure = asApiError(caught);
      if (open.current) setError(failure);
      else showError(t('sharing.failed', { reason: describeError(failure, t) }));
    } finally {
      if (open.current) setBusy(false);
    }
  };

  if (savedAs !== null) {
    return (
      <Dialog title={t('sharing.shareTitle', { title: plan.title })} onClose={onClose}>
        <div className="dialog__body">
          <p className="share-saved" role="status">
            <Icon name="check" />
            <span>{t('sharing.saved', { fileName: savedAs })}</span>
          </p>
        </div>
        <DialogFooter>
          <button type="button" className="button" onClick={() => setSavedAs(null)}>
            {t('sharing.exportAnother')}
          </button>
          <button ref={doneRef} type="button" className="button button--primary" onClick={onClose}>
            {t('sharing.done')}
          </button>
        </DialogFooter>
      </Dialog>
    );
  }

  const isPlanFile = format === 'planFile';
  return (
    <Dialog title={t('sharing.shareTitle', { title: plan.title })} onClose={onClose}>
      <form className="dialog__body form" onSubmit={(event) => void submit(event)} noValidate>
        {error && <ErrorAlert>{t('sharing.failed', { reason: describeError(error, t) })}</ErrorAlert>}
        <fieldset className="share-formats">
          <legend className="field__label">{t('sharing.format')}</legend>
          {formats.map((value) => (
            <label key={value} className="share-format">
              <input
                type="radio"
                name={formatName}
                value={value}
                checked={format === value}
                data-autofocus={format === value ? true : undefined}
                onChange={() => setFormat(value)}
              />
              <span className="share-format__text">
                <span className="share-format__name">{t(`sharing.formats.${value}`)}</span>
                <span className="share-format__hint">{t(`sharing.formatHints.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {isPlanFile ? (
          <p className="share-note">{t('sharing.planFileNote')}</p>
        ) : (
          <div className="share-options">
            <fieldset className="share-option">
              <legend className="field__label">{t('sharing.language')}</legend>
              <div className="segmented">
                {languages.map((value) => (
                  <label key={value} className="segmented__option" lang={value}>
                    <input
                      type="radio"
                      name={`${formatName}-language`}
                      value={value}
                      checked={language === value}
                      onChange={() => setLanguage(value)}
                    />
                    <span>{t(languageNames[value])}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="share-option">
              <label className="switch">
                <input
                  type="checkbox"
                  checked={clientCopy}
                  aria-describedby={`${formatName}-client-copy`}
                  onChange={(event) => setClientCopy(event.target.checked)}
                />
                <span className="switch__track" aria-hidden="true" />
                <span>{t('sharing.clientCopy')}</span>
              </label>
              <p className="field__hint" id={`${formatName}-client-copy`}>
                {t('sharing.clientCopyHint')}
              </p>
            </div>
          </div>
        )}
        {busy && <TaskProgressBar label={t('sharing.progress')} />}
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {busy ? t('sharing.exporting') : t('sharing.export')}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

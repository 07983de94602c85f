import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../../api';
import { DialogFooter } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { describeFileProblem } from './fileErrors';
import { TaskProgressBar } from './TaskProgressBar';

/**
 * For the import dialogs: main shows its open dialog as soon as ours opens, then the file is read, or
 * refused; a cancelled open dialog closes ours without a word. Returns what opens main's dialog again.
 */
export function useChosenFile<R extends { cancelled: false }>(handlers: {
  open: () => Promise<{ cancelled: true } | R>;
  read: (result: R) => void;
  refused: (error: ApiError) => void;
  cancelled: () => void;
}): () => Promise<void> {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const choose = useCallback(
    () =>
      latest.current.open().then(
        (result) => (result.cancelled ? latest.current.cancelled() : latest.current.read(result)),
        (caught: unknown) => latest.current.refused(asApiError(caught)),
      ),
    [],
  );
  // Once, even where React mounts twice in development: two open dialogs would follow each other.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void choose();
  }, [choose]);
  return choose;
}

/** While main's open dialog is up and the file is read. */
export function ReadingFile() {
  const { t } = useTranslation();
  return (
    <div className="dialog__body" aria-busy="true">
      <p>{t('sharing.reading')}</p>
      <TaskProgressBar label={t('sharing.readingProgress')} />
    </div>
  );
}

/** Why a file was refused (nothing changed, the field at fault and the reason), and the way on. */
export function RefusedFile({
  error,
  kind,
  onClose,
  onChooseAgain,
}: {
  error: ApiError;
  kind: 'planFile' | 'register';
  onClose: () => void;
  onChooseAgain: () => void;
}) {
  const { t } = useTranslation();
  const { summary, detail } = describeFileProblem(error, t, kind);
  return (
    <>
      <div className="dialog__body">
        <div className="alert alert--error file-problem" role="alert">
          <Icon name="alert" />
          <div>
            <p className="strong">{t('sharing.refused')}</p>
            <p>{summary}</p>
            {detail && <p className="file-problem__detail">{detail}</p>}
          </div>
        </div>
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={onChooseAgain}>
          {t('sharing.chooseAnother')}
        </button>
      </DialogFooter>
    </>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../api';
import { describeError } from '../errors';
import { ErrorAlert } from './Alert';
import { Dialog, DialogFooter } from './Dialog';

/**
 * Asks before a change that deletes something. The dialog stays open when the core refuses, saying why
 * (`explain` may word a refusal better than the generic message, e.g. "retire it instead"). Until `ready`
 * (what it asks about still being counted), confirming does nothing.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  explain,
  ready = true,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  explain?: (error: ApiError) => string | undefined;
  ready?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = async () => {
    if (busy || !ready) return;
    setBusy(true);
    setRefusal(null);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      const error = asApiError(caught);
      setRefusal(explain?.(error) ?? describeError(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} size="small">
      <div className="dialog__body">
        {refusal && <ErrorAlert>{refusal}</ErrorAlert>}
        {children}
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-disabled={busy || !ready}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </DialogFooter>
    </Dialog>
  );
}

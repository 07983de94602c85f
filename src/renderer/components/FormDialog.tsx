import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './Alert';
import { Dialog, DialogFooter } from './Dialog';
import { Icon } from './Icon';
import type { Submission } from './useSubmit';

/** Deleting what the dialog edits, from its footer: one click asks, a second one deletes. */
export interface Removal {
  label: string;
  question: string;
  keepLabel: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
}

/**
 * A dialog holding a form: why the core refused it above the fields (or `message`, to word a refusal in
 * the form's own terms), Cancel and the submit button at the foot (the submit says when it is saving),
 * and, when given, the way to delete what it edits.
 */
export function FormDialog({
  title,
  onClose,
  form,
  message = form.error.message,
  submitLabel,
  cancelLabel,
  size,
  removal,
  children,
}: {
  title: string;
  onClose: () => void;
  form: Submission;
  message?: string | null;
  submitLabel: string;
  cancelLabel?: string;
  size?: 'small' | 'medium';
  removal?: Removal | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form className="dialog__body form" onSubmit={(event) => void form.submit(event)} noValidate>
        {message && <ErrorAlert>{message}</ErrorAlert>}
        {children}
        <DialogFooter>
          {removal && confirming ? (
            <>
              <p className="dialog__footer-question" role="alert">
                {removal.question}
              </p>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {removal.keepLabel}
              </button>
              <button
                type="button"
                className="button button--danger"
                aria-disabled={removal.busy}
                onClick={removal.onConfirm}
              >
                {removal.confirmLabel}
              </button>
            </>
          ) : (
            <>
              {removal && (
                <button
                  type="button"
                  className="button button--quiet button--danger-quiet dialog__footer-start"
                  onClick={() => setConfirming(true)}
                >
                  <Icon name="trash" />
                  {removal.label}
                </button>
              )}
              <button type="button" className="button" onClick={onClose}>
                {cancelLabel ?? t('common.cancel')}
              </button>
              <button type="submit" className="button button--primary" aria-disabled={form.busy}>
                {form.busy ? t('common.saving') : submitLabel}
              </button>
            </>
          )}
        </DialogFooter>
      </form>
    </Dialog>
  );
}

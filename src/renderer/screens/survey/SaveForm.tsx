import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { describeSurveyError } from './surveyWords';

/** A dialog's form that saves once: the refusal shown in plain words, the field at fault marked. */
export function SaveForm({
  title,
  onClose,
  save,
  children,
}: {
  title: string;
  onClose: () => void;
  save: () => Promise<unknown>;
  children: (invalid: (field: string) => boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await save();
      onClose();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };
  const invalid = (field: string) => error?.code === 'invalid-input' && error.field === field;
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="dialog__body form" onSubmit={(event) => void submit(event)} noValidate>
        {error && <ErrorAlert>{describeSurveyError(error, t)}</ErrorAlert>}
        {children(invalid)}
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

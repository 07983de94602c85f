import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../api';
import { useFormError } from './useFormError';

/**
 * A form's submit: runs the work once at a time (a second Enter while it runs does nothing) and keeps
 * the core's refusal to show and the field to mark. `onRefused` sees the refusal first, to word some
 * in the form's own terms (a key already taken).
 */
export function useSubmit(work: () => Promise<void>, onRefused?: (error: ApiError) => void) {
  const error = useFormError();
  const [busy, setBusy] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    error.clear();
    try {
      await work();
    } catch (caught) {
      onRefused?.(asApiError(caught));
      error.fail(caught);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

/** A form's submit as FormDialog runs it. */
export type Submission = ReturnType<typeof useSubmit>;

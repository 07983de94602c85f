import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../api';
import { describeError } from '../errors';

/** The refusal of a form's last submit: the words to show and the field to mark. */
export function useFormError() {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const fail = useCallback((caught: unknown) => setError(asApiError(caught)), []);
  const clear = useCallback(() => setError(null), []);
  return {
    message: error ? describeError(error, t) : null,
    /** True for the field the core refused, e.g. `invalid('name')`. */
    invalid: (field: string) => error?.code === 'invalid-input' && error.field?.split('.')[0] === field,
    fail,
    clear,
  };
}

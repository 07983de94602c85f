import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import type { Field } from '../errors';
import { useSubmit } from './useSubmit';

/** What a TextField needs of one of the form's fields. */
export interface FormFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}

/**
 * A form's fields, by the names the core knows them by, and its submit: `field('title')` gives a
 * TextField its label, value and change, and marks it when the core refused it. Fields hold the text
 * typed; the work reads numbers and dates from it.
 */
export function useForm<Name extends Field>(
  initial: Record<Name, string>,
  work: (values: Record<Name, string>) => Promise<void>,
  onRefused?: (error: ApiError) => void,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const submission = useSubmit(() => work(values), onRefused);
  const set = (name: Name) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  return {
    ...submission,
    values,
    set,
    field(name: Name): FormFieldProps {
      const known: Field = name;
      return {
        label: t(`fields.${known}`),
        value: values[name],
        onChange: set(name),
        invalid: submission.error.invalid(name),
      };
    },
  };
}

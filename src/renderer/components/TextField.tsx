import { Field } from './Field';

/**
 * A labelled text, number or date input, or a text area: the form field most dialogs are made of. The
 * value is the text in the control; callers read numbers and dates from it.
 */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  multiline = false,
  rows = 3,
  required = false,
  invalid = false,
  hint,
  placeholder,
  autoFocus = false,
  maxLength,
  min,
  max,
  step,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'date';
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  invalid?: boolean;
  hint?: string;
  placeholder?: string;
  autoFocus?: boolean;
  maxLength?: number;
  min?: string;
  max?: string;
  step?: string;
  className?: string;
}) {
  const shared = { value, placeholder, 'data-autofocus': autoFocus || undefined };
  return (
    <Field label={label} hint={hint} required={required} invalid={invalid} className={className}>
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            {...shared}
            rows={rows}
            maxLength={maxLength}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...props}
            {...shared}
            type={type}
            maxLength={type === 'text' ? (maxLength ?? 200) : undefined}
            min={min}
            max={max}
            step={step}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

/** The number typed in a field, or null when it is empty; NaN when it is not a number (the core refuses it). */
export const numberOrNull = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.replace(',', '.'));

/** A number as a field shows it: empty for none. */
export const numberText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

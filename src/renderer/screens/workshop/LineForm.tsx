import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../../components/Alert';

/**
 * One line typed as it is said, then Enter: a new step, a decision. The field takes the focus when the
 * part of the agenda opens, and keeps it after each line so that the next can follow at once.
 */
export function LineForm({
  id,
  label,
  placeholder,
  submitLabel,
  value,
  onChange,
  onSubmit,
  hint,
  error,
}: {
  id: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => Promise<void>;
  hint?: string;
  error: string | null;
}) {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <form
      className="workshop-capture"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit().then(() => input.current?.focus());
      }}
    >
      <label htmlFor={id} className="workshop-capture__label">
        {label}
      </label>
      <div className="workshop-capture__row">
        <input
          ref={input}
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          aria-describedby={hint ? `${id}-hint` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit" className="button button--primary button--large">
          {submitLabel}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="workshop-muted">
          {hint}
        </p>
      )}
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </form>
  );
}

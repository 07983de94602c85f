import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

/** A labelled form control with an optional hint; `invalid` marks it when the core refused its value. */
export function Field({
  label,
  hint,
  required = false,
  invalid = false,
  className,
  children,
}: {
  label: string;
  hint?: string;
  required?: boolean;
  invalid?: boolean;
  className?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {/* The marker stays outside the label, so that the control's name is the label's words alone. */}
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {required && (
          <span className="field__required" title={t('common.required')} aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children({
        id,
        ...(hint ? { 'aria-describedby': hintId } : {}),
        ...(invalid ? { 'aria-invalid': true } : {}),
        ...(required ? { 'aria-required': true } : {}),
      })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

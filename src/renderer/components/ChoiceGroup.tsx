import { useRef, type KeyboardEvent } from 'react';
import { choiceKey } from '../keyboard';

export interface Choice<V> {
  value: V;
  /** What the button shows: a level's value, a short word. */
  short: string;
  /** Its accessible name and tooltip: "3 — Defined". */
  label: string;
  /** The digit that picks it from the keyboard, if any. */
  digit: number | null;
}

/** Moves focus into a choice group: to its chosen button, else its first. */
export function focusChoiceGroup(group: Element | null | undefined): void {
  group?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus();
}

/**
 * A row of choices picked by pointer or keyboard (see `choiceKey`): one tab stop, digits and arrows to
 * choose, ↑ and ↓ handed to the parent to move between rows, Delete to clear, Enter to confirm.
 */
export function ChoiceGroup<V extends string | number>({
  choices,
  value,
  onChange,
  label,
  labelledBy,
  onRow,
  onClear,
  onConfirm,
  className,
}: {
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  label?: string;
  labelledBy?: string;
  onRow?: (delta: -1 | 1) => void;
  onClear?: () => void;
  onConfirm?: () => void;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const index = choices.findIndex((choice) => choice.value === value);
  const tabStop = index === -1 ? 0 : index;

  const choose = (i: number) => {
    const choice = choices[i];
    if (!choice) return;
    if (choice.value !== value) onChange(choice.value);
    ref.current?.querySelectorAll<HTMLElement>('[role="radio"]')[i]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = choiceKey(event.key, { index, digits: choices.map((choice) => choice.digit) });
    if (action === null) return;
    if (action.type === 'choose') choose(action.index);
    else if (action.type === 'row' && onRow) onRow(action.delta);
    else if (action.type === 'clear' && onClear) onClear();
    else if (action.type === 'confirm' && onConfirm) onConfirm();
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={ref}
      role="radiogroup"
      aria-label={label}
      aria-labelledby={labelledBy}
      className={className ? `choice-group ${className}` : 'choice-group'}
      onKeyDown={onKeyDown}
    >
      {choices.map((choice, i) => (
        <button
          key={String(choice.value)}
          type="button"
          role="radio"
          aria-checked={i === index}
          aria-label={choice.label}
          title={choice.label}
          tabIndex={i === tabStop ? 0 : -1}
          className="choice-group__choice"
          onClick={() => choose(i)}
        >
          {choice.short}
        </button>
      ))}
    </div>
  );
}

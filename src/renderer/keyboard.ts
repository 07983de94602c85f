/** Keyboard shortcuts of the whole app, as pure functions of a key event. */

/** The parts of a keyboard event a shortcut looks at (a React or a DOM event has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date']);

/** A control where typing edits text: there, keys such as Ctrl+Z belong to the text, not to the app. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]'))
    return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

/**
 * Undo and redo of the user's changes: Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y (⌘ on macOS). Not in a text
 * field, where the browser's own text undo applies, nor behind a modal dialog, which has its own work.
 */
export function undoShortcut(event: KeyPress): 'undo' | 'redo' | null {
  const command = event.ctrlKey !== event.metaKey; // one of them, not both
  if (!command || event.altKey || isTextEntry(event.target)) return null;
  if (event.target instanceof Element && event.target.closest('[aria-modal="true"]')) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** What a key does in a row of choices (a level scale, a step's status): see `choiceKey`. */
export type ChoiceKey =
  | { type: 'choose'; index: number }
  | { type: 'row'; delta: -1 | 1 }
  | { type: 'clear' }
  | { type: 'confirm' };

/**
 * Keys in a row of choices, the way a grid of them is used from the keyboard: a digit picks the choice
 * it labels, ← and → the neighbouring choice, Home and End the first and last, ↑ and ↓ move to the row
 * above or below, Delete or Backspace clears, Enter confirms. `digits` holds each choice's digit (null:
 * none); `index` is the chosen one, or -1.
 */
export function choiceKey(
  key: string,
  { index, digits }: { index: number; digits: readonly (number | null)[] },
): ChoiceKey | null {
  const last = digits.length - 1;
  if (/^\d$/.test(key)) {
    const chosen = digits.indexOf(Number(key));
    return chosen === -1 ? null : { type: 'choose', index: chosen };
  }
  switch (key) {
    case 'ArrowLeft':
      return { type: 'choose', index: index <= 0 ? 0 : index - 1 };
    case 'ArrowRight':
      return { type: 'choose', index: index === -1 ? 0 : Math.min(last, index + 1) };
    case 'Home':
      return { type: 'choose', index: 0 };
    case 'End':
      return { type: 'choose', index: last };
    case 'ArrowUp':
      return { type: 'row', delta: -1 };
    case 'ArrowDown':
      return { type: 'row', delta: 1 };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
    case 'Enter':
      return { type: 'confirm' };
    default:
      return null;
  }
}

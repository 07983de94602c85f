import { afterEach, describe, expect, it } from 'vitest';
import { choiceKey, isTextEntry, undoShortcut, type KeyPress } from '../../src/renderer/keyboard';

const press = (key: string, options: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: document.body,
  ...options,
});

const element = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('undoShortcut', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, and ⌘ the same on macOS', () => {
    expect(undoShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(undoShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcut(press('y', { ctrlKey: true }))).toBe('redo');
    expect(undoShortcut(press('z', { metaKey: true }))).toBe('undo');
    expect(undoShortcut(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  it('ignores other keys and combinations', () => {
    expect(undoShortcut(press('z'))).toBeNull();
    expect(undoShortcut(press('x', { ctrlKey: true }))).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: true, metaKey: true }))).toBeNull();
    expect(undoShortcut(press('Y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('leaves the keys to text fields, where the browser undoes the typing', () => {
    for (const html of [
      '<input type="text">',
      '<input type="date">',
      '<textarea></textarea>',
      '<div contenteditable="true"></div>',
    ]) {
      expect(undoShortcut(press('z', { ctrlKey: true, target: element(html) })), html).toBeNull();
    }
    for (const html of [
      '<button>Save</button>',
      '<input type="checkbox">',
      '<select></select>',
      '<a href="#/">Home</a>',
    ]) {
      expect(undoShortcut(press('z', { ctrlKey: true, target: element(html) })), html).toBe('undo');
    }
  });

  it('leaves them to a modal dialog, which has its own work under way', () => {
    const dialog = element('<div role="dialog" aria-modal="true"><button>Cancel</button></div>');
    expect(undoShortcut(press('z', { ctrlKey: true, target: dialog.querySelector('button') }))).toBeNull();
  });
});

describe('isTextEntry', () => {
  it('is true for the fields where typing edits text', () => {
    expect(isTextEntry(element('<input>'))).toBe(true);
    expect(isTextEntry(element('<input type="number">'))).toBe(true);
    expect(isTextEntry(element('<input type="radio">'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('choiceKey', () => {
  // A scale 0 to 5 with level 2 chosen (index 2).
  const scale = { index: 2, digits: [0, 1, 2, 3, 4, 5] };

  it('chooses by digit, and by arrow from the choice made, stopping at the ends', () => {
    expect(choiceKey('4', scale)).toEqual({ type: 'choose', index: 4 });
    expect(choiceKey('7', scale)).toBeNull();
    expect(choiceKey('ArrowRight', scale)).toEqual({ type: 'choose', index: 3 });
    expect(choiceKey('ArrowLeft', scale)).toEqual({ type: 'choose', index: 1 });
    expect(choiceKey('ArrowRight', { ...scale, index: 5 })).toEqual({ type: 'choose', index: 5 });
    expect(choiceKey('ArrowLeft', { ...scale, index: 0 })).toEqual({ type: 'choose', index: 0 });
    expect(choiceKey('Home', scale)).toEqual({ type: 'choose', index: 0 });
    expect(choiceKey('End', scale)).toEqual({ type: 'choose', index: 5 });
  });

  it('starts from the first choice when none is made', () => {
    expect(choiceKey('ArrowRight', { ...scale, index: -1 })).toEqual({ type: 'choose', index: 0 });
    expect(choiceKey('ArrowLeft', { ...scale, index: -1 })).toEqual({ type: 'choose', index: 0 });
  });

  it('finds a choice by its own digit: statuses are 1 to 4', () => {
    const statuses = { index: 0, digits: [1, 2, 3, 4] };
    expect(choiceKey('3', statuses)).toEqual({ type: 'choose', index: 2 });
    expect(choiceKey('0', statuses)).toBeNull();
  });

  it('hands rows, clearing and confirming to the grid', () => {
    expect(choiceKey('ArrowUp', scale)).toEqual({ type: 'row', delta: -1 });
    expect(choiceKey('ArrowDown', scale)).toEqual({ type: 'row', delta: 1 });
    expect(choiceKey('Delete', scale)).toEqual({ type: 'clear' });
    expect(choiceKey('Backspace', scale)).toEqual({ type: 'clear' });
    expect(choiceKey('Enter', scale)).toEqual({ type: 'confirm' });
    expect(choiceKey('a', scale)).toBeNull();
    expect(choiceKey('Tab', scale)).toBeNull();
  });
});

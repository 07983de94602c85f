import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api';
import { describeError } from '../errors';
import { undoShortcut } from '../keyboard';
import { showError, showSuccess } from '../stores/toastStore';
import { useUndoStore } from '../stores/undoStore';
import { describeUndoEntry } from '../undoWords';
import { Icon } from './Icon';

/** Undoes or redoes the latest change and says so in a toast; a refusal (changed since) is said too. */
export function useUndoRedo(): (kind: 'undo' | 'redo') => Promise<void> {
  const { t } = useTranslation();
  const run = useUndoStore((state) => state.run);
  const reload = useUndoStore((state) => state.reload);
  return useCallback(
    async (kind) => {
      try {
        const entry = await run(kind);
        if (entry)
          showSuccess(
            t(kind === 'undo' ? 'undo.undone' : 'undo.redone', { what: describeUndoEntry(entry, t) }),
          );
      } catch (caught) {
        const error = asApiError(caught);
        showError(error.code === 'conflict' ? t(`undo.${kind}Conflict`) : describeError(error, t));
        await reload();
      }
    },
    [run, reload, t],
  );
}

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere in the app, outside text fields (see `undoShortcut`). */
export function useUndoShortcuts(): void {
  const undoRedo = useUndoRedo();
  const load = useUndoStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const kind = undoShortcut(event);
      if (kind === null) return;
      // Also keeps Electron's Edit menu from running the browser's undo on the page.
      event.preventDefault();
      void undoRedo(kind);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undoRedo]);
}

/** The undo and redo buttons, each naming what it would take back. */
export function UndoRedoButtons() {
  const { t } = useTranslation();
  const undoState = useUndoStore((state) => state.undoState);
  const busy = useUndoStore((state) => state.busy);
  const undoRedo = useUndoRedo();

  const button = (kind: 'undo' | 'redo') => {
    const entry = undoState[kind];
    const label = entry
      ? t(kind === 'undo' ? 'undo.undoNamed' : 'undo.redoNamed', { what: describeUndoEntry(entry, t) })
      : t(kind === 'undo' ? 'undo.nothingToUndo' : 'undo.nothingToRedo');
    const shortcut = kind === 'undo' ? t('undo.undoKeys') : t('undo.redoKeys');
    return (
      <button
        type="button"
        className="icon-button undo-redo__button"
        aria-label={label}
        aria-keyshortcuts={kind === 'undo' ? 'Control+Z' : 'Control+Shift+Z Control+Y'}
        title={`${label} (${shortcut})`}
        aria-disabled={entry === null}
        aria-busy={busy || undefined}
        onClick={() => void (entry === null ? undefined : undoRedo(kind))}
      >
        <Icon name={kind} />
      </button>
    );
  };

  return (
    <div className="undo-redo" role="group" aria-label={t('undo.groupLabel')}>
      {button('undo')}
      {button('redo')}
    </div>
  );
}

import { create } from 'zustand';
import type { UndoEntry, UndoState } from '@shared/domain/history';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface UndoStoreState extends Loadable {
  /** What undo and redo would take back or put again now. */
  undoState: UndoState;
  /** An undo or redo is under way; a press meanwhile waits for it, then takes back one more. */
  busy: boolean;
  load(): Promise<void>;
  reload(): Promise<void>;
  /** Takes back the latest change (or puts again the latest undone); returns it, or null if none. */
  run(kind: 'undo' | 'redo'): Promise<UndoEntry | null>;
}

export const useUndoStore = create<UndoStoreState>()((set, get) => {
  // Presses run one after the other: three quick Ctrl+Z take back three changes, in order.
  let queue: Promise<unknown> = Promise.resolve();
  const runNow = async (kind: 'undo' | 'redo') => {
    const entry = get().undoState[kind];
    if (entry === null) return null;
    set({ busy: true });
    try {
      const undoState = await call(kind === 'undo' ? 'history.undo' : 'history.redo', {});
      set({ undoState, status: 'ready', error: null });
      return entry;
    } finally {
      set({ busy: false });
    }
  };
  return {
    ...notLoaded,
    undoState: { undo: null, redo: null },
    busy: false,
    ...listLoader(
      set,
      get,
      () => call('history.undoState', {}),
      (undoState) => ({ undoState }),
    ),
    run: (kind) => {
      const next = queue.then(() => runNow(kind));
      queue = next.catch(() => undefined);
      return next;
    },
  };
});

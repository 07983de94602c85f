import { create } from 'zustand';
import type { Backup, BackupList, RestoreOutcome } from '@shared/domain/backups';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';
import { useSettingsStore } from './settingsStore';

interface BackupState extends Loadable {
  list: BackupList | null;
  /** How many restores this window has seen: forms holding edited copies of the data start again. */
  restores: number;
  load(): Promise<void>;
  reload(): Promise<void>;
  backUpNow(): Promise<Backup>;
  /** Replaces the data with a backup; every view reloads, settings included. */
  restore(id: string): Promise<RestoreOutcome>;
  openFolder(): Promise<void>;
}

export const useBackupStore = create<BackupState>()((set, get) => ({
  ...notLoaded,
  list: null,
  restores: 0,
  ...listLoader(
    set,
    get,
    () => call('backup.list', {}),
    (list) => ({ list }),
  ),
  backUpNow: async () => {
    const backup = await call('backup.now', {});
    await get().reload();
    return backup;
  },
  restore: async (id) => {
    const outcome = await call('backup.restore', { id });
    // Lists follow `data.changed`; the settings (language, name, logo) came back with the data too.
    await Promise.all([get().reload(), useSettingsStore.getState().reload()]);
    set({ restores: get().restores + 1 });
    return outcome;
  },
  openFolder: async () => {
    await call('backup.openFolder', {});
  },
}));

/** How many backups the section shows before "show all". */
export const latestShown = 8;

// One empty list, so that a selector answering "none yet" does not re-render on every change.
const none: Backup[] = [];
export const backupsOf = (state: { list: BackupList | null }): Backup[] => state.list?.backups ?? none;

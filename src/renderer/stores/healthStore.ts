import { create } from 'zustand';
import type { Health, RecoverChoice } from '@shared/domain/backups';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface HealthState extends Loadable {
  health: Health | null;
  load(): Promise<void>;
  reload(): Promise<void>;
  /** After the user freed some disk space: changes are tried again. */
  resumeWriting(): Promise<Health>;
  /** Leaves recovery from a backup or with empty data. */
  recover(choice: RecoverChoice): Promise<Health>;
}

export const useHealthStore = create<HealthState>()((set, get) => ({
  ...notLoaded,
  health: null,
  ...listLoader(
    set,
    get,
    () => call('app.health', {}),
    (health) => ({ health }),
  ),
  resumeWriting: async () => {
    const health = await call('app.resumeWriting', {});
    set({ health, status: 'ready', error: null });
    return health;
  },
  recover: async (choice) => {
    const health = await call('app.recover', choice);
    set({ health, status: 'ready', error: null });
    return health;
  },
}));

export const isReadOnly = (state: { health: Health | null }): boolean => state.health?.readOnly != null;

/** Follows main's `app.health` (a full disk, a recovery); returns what stops it. */
export const followHealth = (): (() => void) =>
  window.api.on('app.health', (health) => useHealthStore.setState({ health, status: 'ready', error: null }));

import { create } from 'zustand';
import type { AppStatus, SampleDataSummary } from '@shared/contract';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface AppStatusState extends Loadable {
  appStatus: AppStatus | null;
  load(): Promise<void>;
  reload(): Promise<void>;
  loadSampleData(): Promise<SampleDataSummary>;
}

export const useAppStatusStore = create<AppStatusState>()((set, get) => ({
  ...notLoaded,
  appStatus: null,
  ...listLoader(
    set,
    get,
    () => call('app.status', {}),
    (appStatus) => ({ appStatus }),
  ),
  loadSampleData: () => call('app.loadSampleData', {}),
}));

/** No team at all, archived ones included: the first run, when home welcomes the user. */
export const isEmptyDatabase = (appStatus: AppStatus | null) =>
  appStatus !== null && appStatus.teamCount === 0;

import { create } from 'zustand';
import type { Change } from '@shared/domain/history';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** How many changes the history shows at first, and how many more each "Show more" adds. */
export const historyPage = 50;

/** Who changed what in the plan open on the plan page, newest first. */
interface PlanHistoryState extends Loadable {
  planId: string | null;
  changes: Change[];
  limit: number;
  open(planId: string): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
  showMore(): Promise<void>;
}

export const usePlanHistoryStore = create<PlanHistoryState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => {
      const { planId, limit } = get();
      if (planId === null) throw new Error('No plan is open.');
      return call('history.list', { planId, limit });
    },
    (changes) => ({ changes }),
  );
  return {
    ...notLoaded,
    planId: null,
    changes: [],
    limit: historyPage,
    ...loader,
    open: async (planId) => {
      if (get().planId !== planId) set({ planId, changes: [], limit: historyPage, ...notLoaded });
      await loader.load();
    },
    showMore: async () => {
      set({ limit: get().limit + historyPage });
      await loader.reload();
    },
  };
});

/** A full page came back: there may be older changes to show. */
export const mayHaveMore = (state: { changes: readonly Change[]; limit: number }) =>
  state.changes.length >= state.limit;

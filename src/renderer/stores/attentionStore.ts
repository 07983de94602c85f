import { create } from 'zustand';
import type { Attention } from '@shared/domain/plans';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface AttentionState extends Loadable {
  /** What needs attention today across the active plans (home's first section). */
  attention: Attention | null;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useAttentionStore = create<AttentionState>()((set, get) => ({
  ...notLoaded,
  attention: null,
  ...listLoader(
    set,
    get,
    () => call('home.attention', {}),
    (attention) => ({ attention }),
  ),
}));

/** Nothing is due, overdue or stalling. */
export const allClear = (attention: Attention) =>
  attention.reviewsDue.length === 0 &&
  attention.overdueSteps.length === 0 &&
  attention.stallingPlans.length === 0;

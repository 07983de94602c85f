import { create } from 'zustand';
import type { Input, Output, TaskChannel } from '@shared/contract';
import { call } from '../api';

export interface TaskProgress {
  done: number;
  total: number;
}

/**
 * Exports and imports of plans: main runs them as tasks, the window stays free, and the task's
 * `task.progress` events feed a progress bar.
 */
interface SharingState {
  /** The task under way, if any. */
  running: TaskChannel | null;
  /** How far the last task got; null until main first reports (a bar without a value then). */
  progress: TaskProgress | null;
  run<C extends TaskChannel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export const useSharingStore = create<SharingState>()((set) => ({
  running: null,
  progress: null,
  run: async (channel, input) => {
    set({ running: channel, progress: null });
    const stop = window.api.on('task.progress', ({ task, done, total }) => {
      if (task === channel) set({ progress: { done, total } });
    });
    try {
      return await call(channel, input);
    } finally {
      stop();
      // The bar keeps its last value until its dialog takes it away: it never jumps back to moving.
      set({ running: null });
    }
  },
}));

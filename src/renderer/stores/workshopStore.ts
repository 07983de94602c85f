import { create } from 'zustand';
import type { AssessmentDetail } from '@shared/domain/assessments';
import type { Review, ReviewCreate, Step } from '@shared/domain/plans';
import type {
  WorkshopCaptureStep,
  WorkshopMoveStep,
  WorkshopQuery,
  WorkshopRate,
  WorkshopView,
} from '@shared/domain/workshop';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** The votes typed for one dimension: each participant's, and counts read from a show of hands. */
export interface DimensionVotes {
  byParticipant: Readonly<Record<string, string>>;
  hands: string;
}

export const noVotes: DimensionVotes = { byParticipant: {}, hands: '' };

interface WorkshopState extends Loadable {
  query: WorkshopQuery | null;
  view: WorkshopView | null;
  /** Votes of the session by dimension: not saved, only the level agreed is. */
  votes: Readonly<Record<string, DimensionVotes>>;
  /** Shows a plan's workshop; the same plan's view stays on screen while its review loads. */
  open(query: WorkshopQuery): Promise<void>;
  reload(): Promise<void>;
  setVotes(dimensionId: string, votes: DimensionVotes): void;
  /** Records the review the workshop is about. */
  start(input: ReviewCreate): Promise<Review>;
  moveStep(input: WorkshopMoveStep): Promise<Step>;
  captureStep(input: WorkshopCaptureStep): Promise<Step>;
  rate(input: WorkshopRate): Promise<AssessmentDetail>;
  setDecisions(reviewId: string, decisions: string[]): Promise<Review>;
}

export const useWorkshopStore = create<WorkshopState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => call('workshop.get', get().query as WorkshopQuery), // open() sets it before loading
    (view) => ({ view }),
  );
  return {
    ...notLoaded,
    query: null,
    view: null,
    votes: {},
    open: async ({ planId, reviewId }) => {
      const current = get().query;
      if (current?.planId === planId && current.reviewId === reviewId && get().status !== 'error') return;
      if (current?.reviewId !== reviewId) set({ votes: {} });
      if (current?.planId === planId && get().status === 'ready') {
        set({ query: { planId, reviewId } });
        await loader.reload();
        return;
      }
      set({ query: { planId, reviewId }, view: null, status: 'idle', error: null });
      await loader.load();
    },
    reload: loader.reload,
    setVotes: (dimensionId, votes) => set({ votes: { ...get().votes, [dimensionId]: votes } }),
    start: (input) => call('review.create', { ...input, kind: 'workshop' }),
    moveStep: (input) => call('workshop.moveStep', input),
    captureStep: (input) => call('workshop.captureStep', input),
    rate: (input) => call('workshop.rate', input),
    setDecisions: (reviewId, decisions) => call('review.update', { id: reviewId, patch: { decisions } }),
  };
});

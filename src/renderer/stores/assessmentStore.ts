import { create } from 'zustand';
import type { Input } from '@shared/contract';
import type {
  AssessmentCreate,
  AssessmentDetail,
  AssessmentOverview,
  AssessmentOverviewQuery,
  AssessmentSetScores,
} from '@shared/domain/assessments';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface AssessmentState extends Loadable {
  /** The team (and model) the screen shows. */
  query: AssessmentOverviewQuery | null;
  overview: AssessmentOverview | null;
  /** Shows another team or model: loads it afresh, unless it is the one shown. */
  open(query: AssessmentOverviewQuery): Promise<void>;
  reload(): Promise<void>;
  create(input: AssessmentCreate): Promise<AssessmentDetail>;
  update(input: Input<'assessment.update'>): Promise<AssessmentDetail>;
  setScores(input: AssessmentSetScores): Promise<AssessmentDetail>;
  remove(id: string): Promise<void>;
}

const sameQuery = (a: AssessmentOverviewQuery | null, b: AssessmentOverviewQuery) =>
  a !== null && a.teamId === b.teamId && a.modelId === b.modelId;

export const useAssessmentStore = create<AssessmentState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => call('assessment.overview', get().query as AssessmentOverviewQuery), // open() sets it before loading
    (overview) => ({ overview }),
  );
  return {
    ...notLoaded,
    query: null,
    overview: null,
    open: async (query) => {
      const { overview, status } = get();
      // The address naming the model already shown (after a save, say) needs no new load.
      const shown =
        status !== 'error' &&
        (sameQuery(get().query, query) ||
          (status === 'ready' && overview?.team.id === query.teamId && overview.model?.id === query.modelId));
      if (shown) {
        set({ query });
        return;
      }
      set({ query, overview: null, status: 'idle', error: null });
      await loader.load();
    },
    reload: loader.reload,
    create: (input) => call('assessment.create', input),
    update: (input) => call('assessment.update', input),
    setScores: (input) => call('assessment.setScores', input),
    remove: async (id) => {
      await call('assessment.delete', { id });
    },
  };
});

/** An assessment of the overview by id; undefined for a new one or one that no longer exists. */
export const assessmentById = (overview: AssessmentOverview | null, id: string | undefined) =>
  id === undefined ? undefined : overview?.assessments.find((assessment) => assessment.id === id);

import { create } from 'zustand';
import type { Input } from '@shared/contract';
import { isOverdue } from '@shared/calc/steps';
import type { ModelDetail } from '@shared/domain/models';
import type {
  PlanDetail,
  PlanUpdate,
  Review,
  ReviewDetail,
  Step,
  StepStatus,
  StepUpdate,
} from '@shared/domain/plans';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** The plan open on the plan page, with its model: what every tab of the page shows. */
interface PlanDetailState extends Loadable {
  planId: string | null;
  plan: PlanDetail | null;
  model: ModelDetail | null;
  /** The plan's reviews, newest first, with the steps linked to each. */
  reviews: ReviewDetail[];
  /** Shows a plan: loads it unless it is the one already shown. */
  open(planId: string): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
  updatePlan(patch: PlanUpdate['patch']): Promise<void>;
  createTarget(input: Input<'target.create'>): Promise<void>;
  updateTarget(input: Input<'target.update'>): Promise<void>;
  deleteTarget(id: string): Promise<void>;
  createStep(input: Input<'step.create'>): Promise<Step>;
  updateStep(id: string, patch: StepUpdate['patch']): Promise<void>;
  moveStep(input: Input<'step.move'>): Promise<void>;
  splitStep(id: string, titles: string[]): Promise<Step[]>;
  deleteStep(id: string): Promise<void>;
  createReview(input: Input<'review.create'>): Promise<Review>;
  updateReview(input: Input<'review.update'>): Promise<void>;
  deleteReview(id: string): Promise<void>;
  getReview(id: string): Promise<ReviewDetail>;
  linkStep(input: Input<'review.linkStep'>): Promise<void>;
  unlinkStep(id: string): Promise<void>;
}

export const usePlanDetailStore = create<PlanDetailState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    async () => {
      const planId = get().planId;
      if (planId === null) throw new Error('No plan is open.');
      const plan = await call('plan.get', { id: planId });
      const [model, reviews] = await Promise.all([
        call('model.get', { id: plan.modelId }),
        call('review.listWithSteps', { planId }),
      ]);
      return { plan, model, reviews };
    },
    (value) => value,
  );
  /** Shows rows the core just wrote at once, before the reload that `data.changed` starts lands. */
  const putSteps = (steps: readonly Step[]) => {
    const plan = get().plan;
    if (!plan) return;
    const written = new Map(steps.map((step) => [step.id, step] as const));
    const kept = plan.steps.filter((step) => !written.has(step.id));
    set({ plan: { ...plan, steps: [...kept, ...written.values()] } });
  };
  return {
    ...notLoaded,
    planId: null,
    plan: null,
    model: null,
    reviews: [],
    ...loader,
    open: async (planId) => {
      if (get().planId !== planId) set({ planId, plan: null, model: null, reviews: [], ...notLoaded });
      await loader.load();
    },
    updatePlan: async (patch) => {
      const plan = get().plan;
      if (!plan) return;
      const updated = await call('plan.update', { id: plan.id, patch });
      set({ plan: { ...plan, ...updated } });
    },
    createTarget: async (input) => void (await call('target.create', input)),
    updateTarget: async (input) => void (await call('target.update', input)),
    deleteTarget: async (id) => void (await call('target.delete', { id })),
    createStep: async (input) => {
      const step = await call('step.create', input);
      putSteps([step]);
      return step;
    },
    updateStep: async (id, patch) => putSteps([await call('step.update', { id, patch })]),
    moveStep: async (input) => putSteps([await call('step.move', input)]),
    splitStep: async (id, titles) => {
      const parts = await call('step.split', { id, titles });
      putSteps(parts);
      return parts;
    },
    deleteStep: async (id) => {
      await call('step.delete', { id });
      const plan = get().plan;
      if (plan) set({ plan: { ...plan, steps: plan.steps.filter((step) => step.id !== id) } });
    },
    createReview: (input) => call('review.create', input),
    updateReview: async (input) => void (await call('review.update', input)),
    deleteReview: async (id) => void (await call('review.delete', { id })),
    getReview: (id) => call('review.get', { id }),
    linkStep: async (input) => void (await call('review.linkStep', input)),
    unlinkStep: async (id) => void (await call('review.unlinkStep', { id })),
  };
});

export interface StepFilter {
  owner?: string | undefined;
  dimensionId?: string | undefined;
  status?: StepStatus | undefined;
  overdue?: boolean | undefined;
}

/** The steps a list filter keeps; `today` decides what is overdue. */
export const filterSteps = (steps: readonly Step[], filter: StepFilter, today: string) =>
  steps.filter(
    (step) =>
      (filter.owner === undefined || step.owner === filter.owner) &&
      (filter.dimensionId === undefined || step.dimensionId === filter.dimensionId) &&
      (filter.status === undefined || step.status === filter.status) &&
      (!filter.overdue || isOverdue(step, today)),
  );

/** Everyone who owns a step of the plan, in alphabetical order. */
export const ownersOf = (steps: readonly Step[]) =>
  [...new Set(steps.map((step) => step.owner).filter((owner) => owner !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );

export const stepById = (plan: PlanDetail | null, id: string | null) =>
  id === null ? undefined : plan?.steps.find((step) => step.id === id);

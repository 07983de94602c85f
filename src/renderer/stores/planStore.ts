import { create } from 'zustand';
import type { Plan, PlanCreate, PlanStatus, PlanSummary } from '@shared/domain/plans';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface PlanState extends Loadable {
  plans: PlanSummary[];
  load(): Promise<void>;
  reload(): Promise<void>;
  create(input: PlanCreate): Promise<Plan>;
  setStatus(id: string, status: PlanStatus): Promise<Plan>;
}

export const usePlanStore = create<PlanState>()((set, get) => ({
  ...notLoaded,
  plans: [],
  ...listLoader(
    set,
    get,
    () => call('plan.list', {}),
    (plans) => ({ plans }),
  ),
  create: (input) => call('plan.create', input),
  setStatus: (id, status) => call('plan.setStatus', { id, status }),
}));

export interface PlanFilter {
  teamId?: string | undefined;
  status?: PlanStatus | undefined;
}

export const filterPlans = (plans: readonly PlanSummary[], { teamId, status }: PlanFilter) =>
  plans.filter((plan) => (!teamId || plan.teamId === teamId) && (!status || plan.status === status));
export const activePlans = (plans: readonly PlanSummary[]) =>
  plans.filter((plan) => plan.status === 'active');
/** Steps neither done nor dropped. */
export const openStepCount = (plans: readonly PlanSummary[]) =>
  plans.reduce((sum, plan) => sum + plan.stepCount - plan.doneStepCount, 0);

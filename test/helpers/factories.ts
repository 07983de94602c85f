import type { PlanCreate, StepCreate, TargetCreate } from '@shared/domain/plans';
import type { TeamCreate } from '@shared/domain/teams';
import { stableId } from '../../src/main/store/stableId';
import type { TestCore } from './core';

/** Small factories for test fixtures: each makes a valid row through the real core. */

export const builtinModelId = (key: 'itil4' | 'msp') => stableId(`model:${key}`);

export const makeTeam = (core: TestCore, overrides: Partial<TeamCreate> = {}) =>
  core.call('team.create', { name: 'Service Desk', client: 'Northwind Retail', ...overrides });

export async function makePlan(
  core: TestCore,
  options: { targets?: number; model?: 'itil4' | 'msp' } & Partial<PlanCreate> = {},
) {
  const { targets = 0, model = 'msp', ...overrides } = options;
  const teamId = overrides.teamId ?? (await makeTeam(core)).id;
  const modelId = builtinModelId(model);
  const plan = await core.call('plan.create', {
    teamId,
    modelId,
    title: 'Progress plan 2026',
    startDate: '2026-01-05',
    endDate: '2026-12-18',
    status: 'active',
    ...overrides,
  });
  const { dimensions } = await core.call('model.get', { id: modelId });
  for (const dimension of dimensions.slice(0, targets)) {
    await makeTarget(core, { planId: plan.id, dimensionId: dimension.id });
  }
  return core.call('plan.get', { id: plan.id });
}

export const makeTarget = (
  core: TestCore,
  input: Pick<TargetCreate, 'planId' | 'dimensionId'> & Partial<TargetCreate>,
) => core.call('target.create', { baselineLevel: 1, targetLevel: 3, targetDate: '2026-09-30', ...input });

export const makeStep = (core: TestCore, input: Pick<StepCreate, 'planId'> & Partial<StepCreate>) =>
  core.call('step.create', { title: 'Publish the SLA report on day 5', ...input });

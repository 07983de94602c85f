import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { overdueListLimit } from '../../../src/main/home/handlers';
import { makePlan, makeStep, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00') });
});
afterEach(() => core.dispose());

describe('what needs attention today', () => {
  it('lists overdue steps, reviews due within a week and stalling plans', async () => {
    const team = await makeTeam(core, { name: 'Desk' });
    // Started 5 January with a 28-day cadence and last reviewed 20 February: next review 20 March.
    const moving = await makePlan(core, { teamId: team.id, title: 'Moving', startDate: '2026-01-05' });
    await core.call('review.create', { planId: moving.id, date: '2026-02-20' });
    await makeStep(core, { planId: moving.id, title: 'Done lately', status: 'done', doneDate: '2026-03-02' });
    const late = await makeStep(core, { planId: moving.id, title: 'Late', dueDate: '2026-03-01' });
    await makeStep(core, { planId: moving.id, title: 'Not yet', dueDate: '2026-03-20' });
    await makeStep(core, { planId: moving.id, title: 'Idea', status: 'idea', dueDate: '2026-01-01' });

    // Reviewed 1 March (next due 29 March) but nothing done since the plan started on 1 February.
    const idle = await makePlan(core, { teamId: team.id, title: 'Idle', startDate: '2026-02-01' });
    await core.call('review.create', { planId: idle.id, date: '2026-03-01' });

    // Reviewed 12 February: due 12 March, within the week.
    const due = await makePlan(core, { teamId: team.id, title: 'Due soon', startDate: '2026-01-05' });
    await core.call('review.create', { planId: due.id, date: '2026-02-12' });
    await makeStep(core, { planId: due.id, title: 'Done', status: 'done', doneDate: '2026-03-09' });

    // Not active: never listed.
    const held = await makePlan(core, { teamId: team.id, title: 'Held', status: 'on-hold' });
    await makeStep(core, { planId: held.id, title: 'Held late', dueDate: '2026-02-01' });

    const attention = await core.call('home.attention', {});
    expect(attention.overdueSteps.map((s) => [s.id, s.planTitle, s.teamName])).toEqual([
      [late.id, 'Moving', 'Desk'],
    ]);
    expect(attention.reviewsDue.map((r) => [r.planTitle, r.dueDate])).toEqual([['Due soon', '2026-03-12']]);
    expect(attention.stallingPlans).toEqual([
      expect.objectContaining({ planTitle: 'Idle', daysSinceLastDone: null, reviewOverdue: false }),
    ]);
  });
});

describe('overdue steps on a large portfolio', () => {
  it('are listed most overdue first up to a limit, and all counted', async () => {
    const plan = await makePlan(core, { startDate: '2026-01-05' });
    for (let day = 1; day <= 60; day += 1) {
      await makeStep(core, {
        planId: plan.id,
        title: `Late ${day}`,
        dueDate: `2026-02-${String((day % 28) + 1).padStart(2, '0')}`,
      });
    }
    const { overdueSteps, overdueStepCount } = await core.call('home.attention', {});
    expect(overdueStepCount).toBe(60);
    expect(overdueSteps).toHaveLength(overdueListLimit);
    expect(overdueSteps[0]!.dueDate).toBe('2026-02-01');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  agendaSteps,
  dimensionsToRate,
  stageAfter,
  stageOf,
  votesOf,
} from '../../../src/renderer/screens/workshop/agenda';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00') });
});
afterEach(() => core.dispose());

describe('the agenda', () => {
  it('runs steps, rate, capture, decisions, then the summary', () => {
    expect(stageOf(undefined)).toBe('steps');
    expect(stageOf('capture')).toBe('capture');
    expect(stageOf('nonsense')).toBe('steps');
    expect(stageAfter('steps', 1)).toBe('rate');
    expect(stageAfter('decisions', 1)).toBe('summary');
    expect(stageAfter('summary', 1)).toBeNull();
    expect(stageAfter('steps', -1)).toBeNull();
  });

  it('goes through the open steps by due date, the overdue first, keeping those moved in place', async () => {
    const plan = await makePlan(core);
    const later = await makeStep(core, { planId: plan.id, title: 'Later', dueDate: '2026-04-01' });
    const undated = await makeStep(core, { planId: plan.id, title: 'Undated' });
    const late = await makeStep(core, {
      planId: plan.id,
      title: 'Late',
      dueDate: '2026-03-01',
      status: 'doing',
    });
    await makeStep(core, { planId: plan.id, title: 'Done long ago', status: 'done' });
    await makeStep(core, { planId: plan.id, title: 'An idea', status: 'idea' });
    const review = await core.call('review.create', {
      planId: plan.id,
      date: '2026-03-10',
      kind: 'workshop',
    });
    await core.call('workshop.moveStep', { reviewId: review.id, stepId: late.id, status: 'done' });
    await core.call('workshop.captureStep', { reviewId: review.id, step: { title: 'Added today' } });

    const view = await core.call('workshop.get', { planId: plan.id, reviewId: review.id });
    expect(agendaSteps(view, '2026-03-10').map(({ step, overdue }) => [step.id, overdue])).toEqual([
      // Done in the workshop: still on the agenda, no longer overdue.
      [late.id, false],
      [later.id, false],
      [undated.id, false],
    ]);
    const before = await core.call('workshop.get', { planId: plan.id });
    expect(agendaSteps(before, '2026-04-02').map(({ step, overdue }) => [step.title, overdue])).toEqual([
      ['Later', true],
      // Without a due date, in the order they were written (here the same instant: by title).
      ['Added today', false],
      ['Undated', false],
    ]);
  });

  it('rates the targeted dimensions first, in the model’s order, then the others', async () => {
    const plan = await makePlan(core, { targets: 3 });
    const view = await core.call('workshop.get', { planId: plan.id });
    const { targeted, others } = dimensionsToRate(view);
    const order = view.model.dimensions.map((d) => d.id);
    expect(targeted.map((t) => t.dimension.id)).toEqual(order.slice(0, 3));
    expect(targeted.map((t) => t.target.targetLevel)).toEqual([3, 3, 3]);
    expect(others.map((d) => d.id)).toEqual(order.slice(3));
  });
});

describe('votesOf', () => {
  const scale = { min: 0, max: 5 };
  const people = ['Claire', 'Hugo', 'Amina'];

  it('takes each participant’s vote and those counted from a show of hands', () => {
    expect(votesOf({ byParticipant: { Claire: '2', Hugo: '4' }, hands: '3x1 1x5' }, people, scale)).toEqual({
      votes: [2, 4, 1, 1, 1, 5],
      handsReadable: true,
    });
  });

  it('leaves out what is not a level of the scale, and says when the show of hands cannot be read', () => {
    expect(
      votesOf({ byParticipant: { Claire: '7', Hugo: 'x', Amina: ' 3 ' }, hands: '2x9' }, people, scale),
    ).toEqual({
      votes: [3],
      handsReadable: false,
    });
    // A vote typed for someone no longer taking part does not count.
    expect(votesOf({ byParticipant: { Lucas: '2' }, hands: '' }, people, scale)).toEqual({
      votes: [],
      handsReadable: true,
    });
  });
});

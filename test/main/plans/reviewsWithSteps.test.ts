import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

describe('review.listWithSteps', () => {
  it('lists a plan’s reviews newest first, each with the steps linked to it and no other', async () => {
    const plan = await makePlan(core);
    const other = await makePlan(core, { title: 'Another plan' });
    const first = await makeStep(core, { planId: plan.id, title: 'Write the checklist' });
    const second = await makeStep(core, { planId: plan.id, title: 'Tune the alerts' });
    const kickOff = await core.call('review.create', {
      planId: plan.id,
      date: '2026-02-02',
      kind: 'workshop',
    });
    const progress = await core.call('review.create', { planId: plan.id, date: '2026-03-02' });
    const elsewhere = await core.call('review.create', { planId: other.id, date: '2026-03-05' });
    await core.call('review.linkStep', { reviewId: kickOff.id, stepId: first.id, action: 'created' });
    await core.call('review.linkStep', { reviewId: progress.id, stepId: first.id, action: 'closed' });
    await core.call('review.linkStep', { reviewId: progress.id, stepId: second.id, action: 'moved' });
    const otherStep = await makeStep(core, { planId: other.id });
    await core.call('review.linkStep', { reviewId: elsewhere.id, stepId: otherStep.id, action: 'created' });

    const reviews = await core.call('review.listWithSteps', { planId: plan.id });
    expect(reviews.map((review) => review.date)).toEqual(['2026-03-02', '2026-02-02']);
    expect(reviews[0]!.steps.map((link) => [link.stepId, link.action])).toEqual([
      [first.id, 'closed'],
      [second.id, 'moved'],
    ]);
    expect(reviews[1]!.steps.map((link) => [link.stepId, link.action])).toEqual([[first.id, 'created']]);
    // The same as review.get gives for each review.
    expect(reviews[0]).toEqual(await core.call('review.get', { id: progress.id }));
  });

  it('gives an empty list for a plan without reviews, and refuses an unknown plan', async () => {
    const plan = await makePlan(core);
    expect(await core.call('review.listWithSteps', { planId: plan.id })).toEqual([]);
    expect(await core.invoke('review.listWithSteps', { planId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('keeps the order steps were linked in when they were linked in the same millisecond', async () => {
    // A fixed clock: every link has the same creation time, so only the order of writing tells them apart.
    const frozen = makeTestCore({ clock: () => new Date('2026-03-02T10:00:00.000Z') });
    try {
      const plan = await makePlan(frozen);
      const review = await frozen.call('review.create', { planId: plan.id, date: '2026-03-02' });
      const steps = [];
      for (let i = 0; i < 12; i += 1)
        steps.push(await makeStep(frozen, { planId: plan.id, title: `Step ${i}` }));
      for (const step of steps) {
        await frozen.call('review.linkStep', { reviewId: review.id, stepId: step.id, action: 'created' });
      }
      const linked = steps.map((step) => step.id);
      const [listed] = await frozen.call('review.listWithSteps', { planId: plan.id });
      expect(listed!.steps.map((link) => link.stepId)).toEqual(linked);
      expect((await frozen.call('review.get', { id: review.id })).steps.map((link) => link.stepId)).toEqual(
        linked,
      );
    } finally {
      await frozen.dispose();
    }
  });
});

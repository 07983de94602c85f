import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00') });
});
afterEach(() => core.dispose());

async function startWorkshop(participants = ['Claire', 'Hugo']) {
  const plan = await makePlan(core, { targets: 2 });
  const review = await core.call('review.create', {
    planId: plan.id,
    date: '2026-03-10',
    kind: 'workshop',
    participants,
  });
  return { plan, review };
}

/** The review's links to steps; made at the same fixed instant, so compared in a stable order. */
const links = async (reviewId: string) =>
  (await core.call('review.get', { id: reviewId })).steps
    .map((link) => [link.stepId, link.action])
    .sort((a, b) => a.join().localeCompare(b.join()));

describe('the workshop', () => {
  it('shows the plan, its team and model, the review and the levels before it', async () => {
    const { plan, review } = await startWorkshop();
    const [first, second] = plan.targets.map((t) => t.dimensionId);
    await core.call('assessment.create', {
      teamId: plan.teamId,
      modelId: plan.modelId,
      date: '2026-01-10',
      scores: [
        { dimensionId: first!, level: 1 },
        { dimensionId: second!, level: 2 },
      ],
    });
    await core.call('assessment.create', {
      teamId: plan.teamId,
      modelId: plan.modelId,
      date: '2026-02-10',
      scores: [{ dimensionId: first!, level: 2 }],
    });
    await core.call('workshop.rate', { reviewId: review.id, dimensionId: first!, level: 3 });

    const view = await core.call('workshop.get', { planId: plan.id, reviewId: review.id });
    expect(view.plan.id).toBe(plan.id);
    expect(view.team.name).toBe('Service Desk');
    expect(view.model.id).toBe(plan.modelId);
    expect(view.review?.participants).toEqual(['Claire', 'Hugo']);
    // The level agreed today is the workshop's, not the level before it.
    expect(view.assessment?.scores.map((s) => s.level)).toEqual([3]);
    expect(Object.fromEntries(view.previousLevels.map((l) => [l.dimensionId, [l.level, l.date]]))).toEqual({
      [first!]: [2, '2026-02-10'],
      [second!]: [2, '2026-01-10'],
    });

    const before = await core.call('workshop.get', { planId: plan.id });
    expect(before.review).toBeNull();
    expect(before.assessment).toBeNull();
    expect(before.previousLevels.find((l) => l.dimensionId === first)?.level).toBe(3);
  });

  it('refuses a review of another plan', async () => {
    const { review } = await startWorkshop();
    const other = await makePlan(core);
    expect(await core.invoke('workshop.get', { planId: other.id, reviewId: review.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'reviewId' },
    });
  });

  it('moves steps and links them to the review: moved, or closed when done or dropped', async () => {
    const { plan, review } = await startWorkshop();
    const late = await makeStep(core, { planId: plan.id, title: 'Late', dueDate: '2026-03-01' });
    const idle = await makeStep(core, { planId: plan.id, title: 'Idle' });
    const unwanted = await makeStep(core, { planId: plan.id, title: 'Unwanted' });

    const doing = await core.call('workshop.moveStep', {
      reviewId: review.id,
      stepId: late.id,
      status: 'doing',
    });
    expect(doing.status).toBe('doing');
    const done = await core.call('workshop.moveStep', {
      reviewId: review.id,
      stepId: late.id,
      status: 'done',
    });
    expect(done).toMatchObject({ status: 'done', doneDate: '2026-03-10' });
    await core.call('workshop.moveStep', { reviewId: review.id, stepId: unwanted.id, status: 'dropped' });
    // Unchanged: nothing to link.
    await core.call('workshop.moveStep', { reviewId: review.id, stepId: idle.id, status: 'todo' });

    expect(await links(review.id)).toEqual(
      [
        [late.id, 'moved'],
        [late.id, 'closed'],
        [unwanted.id, 'closed'],
      ].sort((a, b) => a.join().localeCompare(b.join())),
    );
  });

  it('reopens a step closed by mistake: no longer closed in this review', async () => {
    const { plan, review } = await startWorkshop();
    const step = await makeStep(core, { planId: plan.id });
    await core.call('workshop.moveStep', { reviewId: review.id, stepId: step.id, status: 'done' });
    await core.call('workshop.moveStep', { reviewId: review.id, stepId: step.id, status: 'todo' });
    expect(await links(review.id)).toEqual([[step.id, 'moved']]);
    expect((await core.call('step.get', { id: step.id })).doneDate).toBeNull();
  });

  it('refuses to move a step of another plan', async () => {
    const { review } = await startWorkshop();
    const other = await makePlan(core);
    const step = await makeStep(core, { planId: other.id });
    expect(
      await core.invoke('workshop.moveStep', { reviewId: review.id, stepId: step.id, status: 'done' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'stepId' } });
    expect((await core.call('step.get', { id: step.id })).status).toBe('todo');
  });

  it('captures steps into the plan, linked as created', async () => {
    const { plan, review } = await startWorkshop();
    const step = await core.call('workshop.captureStep', {
      reviewId: review.id,
      step: { title: 'Call the three unhappy stores', owner: 'Hugo', effortDays: 0.5, dueDate: '2026-03-20' },
    });
    expect(step).toMatchObject({ planId: plan.id, status: 'todo', owner: 'Hugo', effortDays: 0.5 });
    expect(await links(review.id)).toEqual([[step.id, 'created']]);
  });

  it('records agreed levels in one workshop assessment of the review, replacing a level agreed again', async () => {
    const { plan, review } = await startWorkshop(['Claire', 'Hugo', 'Amina']);
    const [first, second] = plan.targets.map((t) => t.dimensionId);
    const made = await core.call('workshop.rate', {
      reviewId: review.id,
      dimensionId: first!,
      level: 2,
      evidence: 'Votes: 2, 2, 3',
    });
    expect(made).toMatchObject({
      teamId: plan.teamId,
      modelId: plan.modelId,
      reviewId: review.id,
      date: '2026-03-10',
      source: 'workshop',
      assessor: 'Claire, Hugo, Amina',
    });
    await core.call('workshop.rate', { reviewId: review.id, dimensionId: second!, level: 1 });
    const again = await core.call('workshop.rate', { reviewId: review.id, dimensionId: first!, level: 3 });

    expect(again.id).toBe(made.id);
    expect(Object.fromEntries(again.scores.map((s) => [s.dimensionId, [s.level, s.evidence]]))).toEqual({
      [first!]: [3, ''],
      [second!]: [1, ''],
    });
    expect(await core.call('assessment.list', { teamId: plan.teamId })).toHaveLength(1);
  });

  it('keeps the assessor within its 200 characters when many take part', async () => {
    const participants = Array.from({ length: 30 }, (_, i) => `Participant number ${i + 1}`);
    const { plan, review } = await startWorkshop(participants);
    const made = await core.call('workshop.rate', {
      reviewId: review.id,
      dimensionId: plan.targets[0]!.dimensionId,
      level: 2,
    });
    expect(made.assessor.length).toBeLessThanOrEqual(200);
    expect(made.assessor).toMatch(/^Participant number 1, Participant number 2, .*\d…$/);
  });

  it('undoes each workshop action whole: the step and its link together', async () => {
    const { plan, review } = await startWorkshop();
    const step = await makeStep(core, { planId: plan.id, title: 'Publish SLA report' });
    await core.call('workshop.moveStep', { reviewId: review.id, stepId: step.id, status: 'done' });
    expect((await core.call('history.undoState', {})).undo).toMatchObject({
      channel: 'workshop.moveStep',
      entity: 'step',
      label: 'Publish SLA report',
    });
    await core.call('history.undo', {});
    expect((await core.call('step.get', { id: step.id })).status).toBe('todo');
    expect(await links(review.id)).toEqual([]);

    const captured = await core.call('workshop.captureStep', { reviewId: review.id, step: { title: 'New' } });
    await core.call('history.undo', {});
    expect(await core.invoke('step.get', { id: captured.id })).toMatchObject({ ok: false });
    expect(await links(review.id)).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makePlan, makeStep } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00') });
});
afterEach(() => core.dispose());

describe('plans', () => {
  it('are created with the small-step defaults and listed with their team and model', async () => {
    const plan = await makePlan(core, { targets: 2 });
    expect(plan).toMatchObject({
      maxStepEffortDays: 5,
      maxStepSpanDays: 14,
      reviewCadenceDays: 28,
      budget: null,
    });
    const [summary] = await core.call('plan.list', {});
    expect(summary).toMatchObject({
      teamName: 'Service Desk',
      client: 'Northwind Retail',
      modelName: 'MSP key points',
      modelNameFr: 'Points clés MSP',
      targetCount: 2,
    });
  });

  it('refuse a period that ends before it starts, on create and on update', async () => {
    const plan = await makePlan(core);
    const created = await core.invoke('plan.create', {
      teamId: plan.teamId,
      modelId: plan.modelId,
      title: 'Backwards',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'endDate' } });
    const updated = await core.invoke('plan.update', { id: plan.id, patch: { endDate: '2025-12-31' } });
    expect(updated).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'patch.endDate' } });
  });

  it('change status and are filtered by it', async () => {
    const plan = await makePlan(core);
    await core.call('plan.setStatus', { id: plan.id, status: 'on-hold' });
    expect(await core.call('plan.list', { statuses: ['active'] })).toEqual([]);
    expect((await core.call('plan.list', { statuses: ['on-hold'] }))[0]?.id).toBe(plan.id);
  });

  it('refuse a plan for a team that does not exist', async () => {
    const result = await core.invoke('plan.create', {
      teamId: '7d4f7f1e-2a10-4c56-9a53-0b6f3c4e8d8a',
      modelId: builtinModelId('msp'),
      title: 'Orphan',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('targets', () => {
  it('must be on a dimension of the plan’s model and on its scale', async () => {
    const plan = await makePlan(core);
    const itil = await core.call('model.get', { id: builtinModelId('itil4') });
    const wrongModel = await core.invoke('target.create', {
      planId: plan.id,
      dimensionId: itil.dimensions[0]?.id,
      baselineLevel: 1,
      targetLevel: 2,
      targetDate: '2026-06-30',
    });
    expect(wrongModel).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'dimensionId' } });
    const msp = await core.call('model.get', { id: plan.modelId });
    const offScale = await core.invoke('target.create', {
      planId: plan.id,
      dimensionId: msp.dimensions[0]?.id,
      baselineLevel: 1,
      targetLevel: 9,
      targetDate: '2026-06-30',
    });
    expect(offScale).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'targetLevel' } });
  });

  it('are one per dimension in a plan', async () => {
    const plan = await makePlan(core, { targets: 1 });
    const again = await core.invoke('target.create', {
      planId: plan.id,
      dimensionId: plan.targets[0]?.dimensionId,
      baselineLevel: 1,
      targetLevel: 2,
      targetDate: '2026-06-30',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('when deleted leave their steps in the plan, unlinked', async () => {
    const plan = await makePlan(core, { targets: 1 });
    const target = plan.targets[0]!; // the plan was made with one target
    const step = await makeStep(core, { planId: plan.id, targetId: target.id });
    expect(step.dimensionId).toBe(target.dimensionId);
    await core.call('target.delete', { id: target.id });
    expect(await core.call('step.get', { id: step.id })).toMatchObject({ targetId: null });
  });
});

describe('small steps', () => {
  it('are added at the end of their column', async () => {
    const plan = await makePlan(core);
    const a = await makeStep(core, { planId: plan.id, title: 'A' });
    const b = await makeStep(core, { planId: plan.id, title: 'B' });
    const idea = await makeStep(core, { planId: plan.id, title: 'C', status: 'idea' });
    expect([a.position, b.position, idea.position]).toEqual([1, 2, 1]);
  });

  it('move across columns and within one, keeping the board order', async () => {
    const plan = await makePlan(core);
    const [a, b, c] = [
      await makeStep(core, { planId: plan.id, title: 'A' }),
      await makeStep(core, { planId: plan.id, title: 'B' }),
      await makeStep(core, { planId: plan.id, title: 'C' }),
    ];
    await core.call('step.move', { id: c.id, status: 'todo', beforeId: a.id });
    await core.call('step.move', { id: b.id, status: 'doing' });
    const column = async (status: string) =>
      (await core.call('step.list', { planId: plan.id }))
        .filter((s) => s.status === status)
        .map((s) => s.title);
    expect(await column('todo')).toEqual(['C', 'A']);
    expect(await column('doing')).toEqual(['B']);
    await core.call('step.move', { id: a.id, status: 'todo', beforeId: c.id });
    expect(await column('todo')).toEqual(['A', 'C']);
  });

  it('get a done date when done and lose it when reopened', async () => {
    const plan = await makePlan(core);
    const step = await makeStep(core, { planId: plan.id });
    const done = await core.call('step.move', { id: step.id, status: 'done' });
    expect(done.doneDate).toBe('2026-03-10');
    const reopened = await core.call('step.move', { id: step.id, status: 'doing' });
    expect(reopened.doneDate).toBeNull();
  });

  it('refuse to move before a step of another column', async () => {
    const plan = await makePlan(core);
    const a = await makeStep(core, { planId: plan.id, title: 'A', status: 'idea' });
    const b = await makeStep(core, { planId: plan.id, title: 'B' });
    expect(await core.invoke('step.move', { id: b.id, status: 'doing', beforeId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'beforeId' },
    });
  });

  it('refuse a target of another plan', async () => {
    const plan = await makePlan(core, { targets: 1 });
    const other = await makePlan(core, { teamId: plan.teamId });
    const result = await core.invoke('step.create', {
      planId: other.id,
      title: 'X',
      targetId: plan.targets[0]?.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'targetId' } });
  });

  it('are recorded in the plan’s history', async () => {
    const plan = await makePlan(core);
    const step = await makeStep(core, { planId: plan.id });
    await core.call('step.update', { id: step.id, patch: { owner: 'Hugo' } });
    const history = await core.call('history.list', { planId: plan.id });
    expect(history.slice(0, 2).map((c) => [c.entity, c.action])).toEqual([
      ['step', 'update'],
      ['step', 'create'],
    ]);
  });
});

describe('reviews', () => {
  it('record decisions and link the steps closed during them', async () => {
    const plan = await makePlan(core);
    const step = await makeStep(core, { planId: plan.id });
    const review = await core.call('review.create', {
      planId: plan.id,
      date: '2026-03-10',
      kind: 'workshop',
      participants: ['Claire', 'Hugo'],
      decisions: ['Report SLA monthly'],
    });
    await core.call('review.linkStep', { reviewId: review.id, stepId: step.id, action: 'closed' });
    const detail = await core.call('review.get', { id: review.id });
    expect(detail).toMatchObject({ participants: ['Claire', 'Hugo'], decisions: ['Report SLA monthly'] });
    expect(detail.steps).toMatchObject([{ stepId: step.id, action: 'closed' }]);
    await core.call('step.delete', { id: step.id });
    expect((await core.call('review.get', { id: review.id })).steps).toEqual([]);
  });
});

describe('splitting a step', () => {
  it('keeps the first part in the step and adds the others right after it, sharing the effort', async () => {
    const plan = await makePlan(core, { targets: 1 });
    const big = await makeStep(core, {
      planId: plan.id,
      title: 'Migrate the knowledge base',
      effortDays: 9,
      targetId: plan.targets[0]!.id,
    });
    const next = await makeStep(core, { planId: plan.id, title: 'Next' });
    const parts = await core.call('step.split', {
      id: big.id,
      titles: ['Migrate the top 50 articles', 'Migrate the rest', 'Retire the old wiki'],
    });
    expect(parts.map((p) => [p.title, p.effortDays, p.targetId])).toEqual([
      ['Migrate the top 50 articles', 3, big.targetId],
      ['Migrate the rest', 3, big.targetId],
      ['Retire the old wiki', 3, big.targetId],
    ]);
    expect(parts[0]!.id).toBe(big.id);
    const todo = (await core.call('step.list', { planId: plan.id })).filter((s) => s.status === 'todo');
    expect(todo.map((s) => s.id)).toEqual([...parts.map((p) => p.id), next.id]);
  });

  it('needs at least two parts', async () => {
    const plan = await makePlan(core);
    const step = await makeStep(core, { planId: plan.id });
    expect(await core.invoke('step.split', { id: step.id, titles: ['Only one'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'titles' },
    });
  });
});

describe('the current level beside each target', () => {
  it('is the latest score on or before today, per dimension', async () => {
    const plan = await makePlan(core, { targets: 2 });
    const [a, b] = plan.targets.map((t) => t.dimensionId);
    const assess = (date: string, scores: { dimensionId: string; level: number }[]) =>
      core.call('assessment.create', { teamId: plan.teamId, modelId: plan.modelId, date, scores });
    await assess('2026-01-10', [
      { dimensionId: a!, level: 1 },
      { dimensionId: b!, level: 2 },
    ]);
    await assess('2026-02-10', [{ dimensionId: a!, level: 2 }]);
    await assess('2026-04-10', [{ dimensionId: a!, level: 4 }]);
    const { currentLevels } = await core.call('plan.get', { id: plan.id });
    // Both levels are 2: ordered by dimension, since targets on the same date come in the order of their ids.
    const byDimension = (x: { dimensionId?: string }, y: { dimensionId?: string }) =>
      (x.dimensionId ?? '').localeCompare(y.dimensionId ?? '');
    expect(currentLevels.sort(byDimension)).toEqual(
      [
        { dimensionId: a, level: 2, date: '2026-02-10' },
        { dimensionId: b, level: 2, date: '2026-01-10' },
      ].sort(byDimension),
    );
  });

  it('is the one recorded last of two assessments on the same day', async () => {
    let now = Date.parse('2026-03-10T09:00:00Z');
    const ticking = makeTestCore({ clock: () => new Date((now += 1_000)) });
    try {
      const plan = await makePlan(ticking, { targets: 1 });
      const dimensionId = plan.targets[0]!.dimensionId;
      for (const level of [3, 1]) {
        await ticking.call('assessment.create', {
          teamId: plan.teamId,
          modelId: plan.modelId,
          date: '2026-03-01',
          scores: [{ dimensionId, level }],
        });
      }
      const { currentLevels } = await ticking.call('plan.get', { id: plan.id });
      expect(currentLevels).toEqual([{ dimensionId, level: 1, date: '2026-03-01' }]);
    } finally {
      await ticking.dispose();
    }
  });
});

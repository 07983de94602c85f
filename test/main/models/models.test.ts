import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makePlan } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

async function makeCustomModel() {
  const model = await core.call('model.create', { name: 'Cloud operations' });
  for (const value of [1, 2, 3]) {
    await core.call('level.create', { modelId: model.id, value, label: `Level ${value}` });
  }
  const axis = await core.call('axis.create', { modelId: model.id, key: 'run', name: 'Run' });
  const first = await core.call('dimension.create', {
    modelId: model.id,
    axisId: axis.id,
    key: 'backup',
    name: 'Backup',
  });
  const second = await core.call('dimension.create', {
    modelId: model.id,
    axisId: axis.id,
    key: 'patching',
    name: 'Patching',
  });
  return { model, axis, first, second };
}

describe('maturity models', () => {
  it('can be built: levels, axes and dimensions in order', async () => {
    const { model, first, second } = await makeCustomModel();
    expect([first.position, second.position]).toEqual([1, 2]);
    const detail = await core.call('model.get', { id: model.id });
    expect(detail.levels.map((l) => l.label)).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(detail.dimensions.map((d) => d.key)).toEqual(['backup', 'patching']);
    const summary = (await core.call('model.list', {})).find((m) => m.id === model.id);
    expect(summary).toMatchObject({ dimensionCount: 2, levelCount: 3, planCount: 0, builtinKey: null });
  });

  it('refuse two levels with the same value and two dimensions with the same key', async () => {
    const { model, axis } = await makeCustomModel();
    expect(await core.invoke('level.create', { modelId: model.id, value: 2, label: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const again = { modelId: model.id, axisId: axis.id, key: 'backup', name: 'Again' };
    expect(await core.invoke('dimension.create', again)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('built in cannot be changed or deleted', async () => {
    const id = builtinModelId('itil4');
    const { dimensions } = await core.call('model.get', { id });
    for (const [channel, input] of [
      ['model.update', { id, patch: { name: 'Mine' } }],
      ['model.delete', { id }],
      ['dimension.update', { id: dimensions[0]?.id, patch: { name: 'Mine' } }],
    ] as const) {
      expect(await core.invoke(channel, input)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
  });

  it('keep a dimension that has history: it is retired, not deleted', async () => {
    const { model, first } = await makeCustomModel();
    const plan = await makePlan(core, { modelId: model.id });
    await core.call('target.create', {
      planId: plan.id,
      dimensionId: first.id,
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2026-06-30',
    });
    expect(await core.invoke('dimension.delete', { id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/retire/) },
    });
    const retired = await core.call('dimension.update', { id: first.id, patch: { retired: true } });
    expect(retired.retired).toBe(true);
    expect((await core.call('model.list', {})).find((m) => m.id === model.id)?.dimensionCount).toBe(1);
  });

  it('in use by a plan cannot be deleted; an unused one is deleted whole', async () => {
    const { model } = await makeCustomModel();
    const plan = await makePlan(core, { modelId: model.id });
    expect(await core.invoke('model.delete', { id: model.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await core.call('plan.delete', { id: plan.id });
    await core.call('model.delete', { id: model.id });
    expect(await core.invoke('model.get', { id: model.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuse a dimension on an axis of another model', async () => {
    const { model } = await makeCustomModel();
    const other = await core.call('model.get', { id: builtinModelId('msp') });
    const input = { modelId: model.id, axisId: other.axes[0]?.id, key: 'x', name: 'X' };
    expect(await core.invoke('dimension.create', input)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'axisId' },
    });
  });
});

describe('a copy of a built-in model', () => {
  it('holds its levels, axes and dimensions under new ids, and can be edited', async () => {
    const source = await core.call('model.get', { id: builtinModelId('itil4') });
    const copy = await core.call('model.copy', { id: source.id, name: 'Our ITIL' });
    expect(copy).toMatchObject({ name: 'Our ITIL', builtinKey: null });
    expect(copy.levels.map((l) => [l.value, l.label, l.labelFr])).toEqual(
      source.levels.map((l) => [l.value, l.label, l.labelFr]),
    );
    expect(copy.dimensions.map((d) => d.key)).toEqual(source.dimensions.map((d) => d.key));
    const axisKeyOf = (m: typeof copy, axisId: string) => m.axes.find((a) => a.id === axisId)?.key;
    expect(copy.dimensions.map((d) => axisKeyOf(copy, d.axisId))).toEqual(
      source.dimensions.map((d) => axisKeyOf(source, d.axisId)),
    );
    expect(copy.dimensions.some((d) => source.dimensions.some((s) => s.id === d.id))).toBe(false);
    const renamed = await core.call('dimension.update', {
      id: copy.dimensions[0]!.id,
      patch: { name: 'Ours' },
    });
    expect(renamed.name).toBe('Ours');
  });
});

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

/** The domain's rows (not the history), to compare the database before and after. */
function domainRows(): string {
  const db = new Database(core.dbPath, { readonly: true });
  try {
    return JSON.stringify(
      [
        'teams',
        'plans',
        'targets',
        'steps',
        'reviews',
        'review_steps',
        'assessments',
        'assessment_scores',
      ].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()),
    );
  } finally {
    db.close();
  }
}

describe('undo and redo', () => {
  it('take back and put again the latest changes, one user action at a time', async () => {
    const team = await makeTeam(core, { name: 'Desk' });
    await core.call('team.update', { id: team.id, patch: { name: 'Service Desk' } });
    expect((await core.call('history.undoState', {})).undo).toMatchObject({
      channel: 'team.update',
      entity: 'team',
      action: 'update',
      label: 'Service Desk',
    });

    await core.call('history.undo', {});
    expect((await core.call('team.get', { id: team.id })).name).toBe('Desk');
    const state = await core.call('history.undo', {});
    expect(await core.call('team.list', { includeArchived: true })).toEqual([]);
    expect(state).toMatchObject({ undo: null, redo: { channel: 'team.create' } });
    expect(await core.invoke('history.undo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await core.call('history.redo', {});
    await core.call('history.redo', {});
    expect(await core.call('team.get', { id: team.id })).toMatchObject({ name: 'Service Desk' });
    expect((await core.call('history.undoState', {})).redo).toBeNull();
  });

  it('undo a cascading delete whole: the plan comes back with its targets and steps', async () => {
    const plan = await makePlan(core, { targets: 2 });
    await makeStep(core, { planId: plan.id, targetId: plan.targets[0]!.id });
    await makeStep(core, { planId: plan.id, title: 'Another' });
    const before = domainRows();
    await core.call('plan.delete', { id: plan.id });
    expect(domainRows()).not.toBe(before);
    await core.call('history.undo', {});
    expect(domainRows()).toBe(before);
    await core.call('history.redo', {});
    expect(await core.invoke('plan.get', { id: plan.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('put back the many rows of a table together, each recorded once, in order', async () => {
    const plan = await makePlan(core, { targets: 2 });
    for (let i = 0; i < 123; i += 1) {
      await makeStep(core, { planId: plan.id, title: `Step ${i + 1}`, targetId: plan.targets[i % 2]!.id });
    }
    const before = domainRows();
    await core.call('plan.delete', { id: plan.id });
    await core.call('history.undo', {});
    expect(domainRows()).toBe(before);
    await core.call('history.redo', {});
    expect(await core.call('plan.list', {})).toEqual([]);
    // Each batch changed each row once: the delete, its undo (rows added back), its redo (removed again).
    const db = new Database(core.dbPath, { readonly: true });
    const changes = db
      .prepare(
        `SELECT b.kind, h.entity, h.action, count(*) AS rows, count(DISTINCT h.entity_id) AS distinctRows
         FROM change_history h JOIN change_batches b ON b.id = h.batch_id
         WHERE b.channel IN ('plan.delete', 'history.undo', 'history.redo') AND h.entity = 'step'
         GROUP BY b.kind, h.entity, h.action ORDER BY min(h.seq)`,
      )
      .all();
    const stepsChanged = db
      .prepare(
        `SELECT h.entity_id FROM change_history h JOIN change_batches b ON b.id = h.batch_id
         WHERE b.channel = ? AND h.entity = 'step' ORDER BY h.seq`,
      )
      .pluck();
    const [deleted, added] = [stepsChanged.all('plan.delete'), stepsChanged.all('history.undo')];
    db.close();
    expect(changes).toEqual([
      { kind: 'action', entity: 'step', action: 'delete', rows: 123, distinctRows: 123 },
      { kind: 'undo', entity: 'step', action: 'create', rows: 123, distinctRows: 123 },
      { kind: 'redo', entity: 'step', action: 'delete', rows: 123, distinctRows: 123 },
    ]);
    expect(added).toEqual([...deleted].reverse());
  });

  it('forget what was undone once something new is done', async () => {
    const team = await makeTeam(core);
    await core.call('team.update', { id: team.id, patch: { client: 'Hexa Bank' } });
    await core.call('history.undo', {});
    await core.call('team.update', { id: team.id, patch: { serviceScope: 'Level 1' } });
    expect((await core.call('history.undoState', {})).redo).toBeNull();
    expect(await core.invoke('history.redo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('are recorded in the history, as the plan’s own changes', async () => {
    const plan = await makePlan(core);
    const step = await makeStep(core, { planId: plan.id });
    await core.call('step.move', { id: step.id, status: 'doing' });
    await core.call('history.undo', {});
    const [latest] = await core.call('history.list', { planId: plan.id });
    expect(latest).toMatchObject({ entity: 'step', action: 'update', after: { status: 'todo' } });
  });
});

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/contract';
import type { Core } from '../../../src/main/core/core';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { reopenNearlyFull } from '../../helpers/accidents';
import { makePlan } from '../../helpers/factories';
import { dumpDatabase } from '../../helpers/files';

let core: TestCore;
let full: Core | undefined;
afterEach(async () => {
  await full?.close();
  await core.dispose();
});

/** The test's database reopened nearly full, recording the events the app would receive. */
async function reopenNearlyFullWatched(spare: number) {
  const events: { event: EventName; payload: EventPayload<EventName> }[] = [];
  full = await reopenNearlyFull(core, spare, { clock: () => new Date('2026-03-10T09:00:00Z') });
  full.onEvent((event, payload) => events.push({ event, payload }));
  return { core: full, events };
}

describe('a full disk', () => {
  it('rolls the change back, says so, and leaves the app readable but read-only until the user retries', async () => {
    core = makeTestCore();
    const plan = await makePlan(core, { targets: 2 });
    const { core: app, events } = await reopenNearlyFullWatched(4);
    const before = dumpDatabase(core.dbPath);

    // A long description, kept twice (the step and its change history), needs about ten pages.
    const large = { planId: plan.id, title: 'Write the runbook', description: 'x'.repeat(20_000) };
    const refused = await app.invoke('step.create', large);
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/disk is full/);
    expect(dumpDatabase(core.dbPath)).toEqual(before);
    expect(events).toEqual([
      {
        event: 'app.health',
        payload: { readOnly: { reason: 'disk-full', since: '2026-03-10T09:00:00.000Z' }, recovery: null },
      },
    ]);

    // Everything can still be read…
    expect(await app.invoke('plan.get', { id: plan.id })).toMatchObject({
      ok: true,
      value: { title: plan.title },
    });
    expect(await app.invoke('team.list', {})).toMatchObject({ ok: true });
    expect(await app.invoke('settings.get', {})).toMatchObject({ ok: true });
    expect(await app.invoke('app.health', {})).toMatchObject({
      ok: true,
      value: { readOnly: { reason: 'disk-full' } },
    });
    // …but even a small change is refused without touching the file.
    expect(await app.invoke('team.create', { name: 'Small' })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(dumpDatabase(core.dbPath)).toEqual(before);

    // Once the user has made room and tries again, small changes land; a large one fills it again.
    expect(await app.invoke('app.resumeWriting', {})).toEqual({
      ok: true,
      value: { readOnly: null, recovery: null },
    });
    expect(events.at(-1)).toEqual({ event: 'app.health', payload: { readOnly: null, recovery: null } });
    expect(await app.invoke('step.create', { planId: plan.id, title: 'Free some space' })).toMatchObject({
      ok: true,
    });
    expect(await app.invoke('step.create', large)).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(await app.invoke('app.health', {})).toMatchObject({
      ok: true,
      value: { readOnly: { reason: 'disk-full' } },
    });
  });

  it('closes cleanly while read-only', async () => {
    core = makeTestCore();
    const plan = await makePlan(core);
    const { core: app } = await reopenNearlyFullWatched(1);
    const large = { planId: plan.id, title: 'Write the runbook', description: 'x'.repeat(20_000) };
    expect(await app.invoke('step.create', large)).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    await app.close();
    full = undefined;
    const db = new Database(core.dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

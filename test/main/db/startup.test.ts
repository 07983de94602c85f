import { closeSync, existsSync, openSync, readdirSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/main/core/core';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { damagePages, leaveMarkerOfDeadProcess } from '../../helpers/accidents';
import { makeTeam } from '../../helpers/factories';

let core: TestCore;
const opened: Core[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await core.dispose();
});

/** Opens the test's database again, as the next start of the app would, recording the SQL it runs. */
function restart(options: { clock?: () => Date } = {}) {
  const statements: string[] = [];
  const next = openCore({ dbPath: core.dbPath, trace: (sql) => statements.push(sql), ...options });
  opened.push(next);
  return { core: next, ranQuickCheck: () => statements.some((sql) => /quick_check/i.test(sql)) };
}

const markersOf = (dbPath: string) =>
  readdirSync(join(dbPath, '..')).filter((name) => name.startsWith(`${basename(dbPath)}.running-`));

describe('at startup', () => {
  it('marks the database open while it is, and skips the check after a clean exit', async () => {
    core = makeTestCore();
    expect(markersOf(core.dbPath)).toEqual([`stepwise.db.running-${process.pid}`]);
    await core.close();
    expect(markersOf(core.dbPath)).toEqual([]);
    expect(restart().ranQuickCheck()).toBe(false);
  });

  it('checks the file with quick_check after an unclean exit, then opens it', async () => {
    core = makeTestCore();
    await makeTeam(core, { name: 'Service Desk' });
    await core.close();
    const marker = leaveMarkerOfDeadProcess(core.dbPath);

    const next = restart();
    expect(next.ranQuickCheck()).toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(await next.core.invoke('team.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'Service Desk' }],
    });
  });

  it('leaves alone the marker of another process that has the database open', () => {
    core = makeTestCore();
    // This test's own process stands for the other one (the command line while the app runs).
    const next = restart();
    expect(next.ranQuickCheck()).toBe(false);
    expect(markersOf(core.dbPath)).toEqual([`stepwise.db.running-${process.pid}`]);
  });
});

describe('a damaged database', () => {
  async function damagedAfterACrash() {
    core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00.000Z') });
    await makeTeam(core, { name: 'Kept in the backup' });
    const backup = await core.call('backup.now', {});
    await makeTeam(core, { name: 'Lost with the damage' });
    await core.close();
    damagePages(core.dbPath);
    leaveMarkerOfDeadProcess(core.dbPath);
    return backup;
  }

  it('is moved aside, never deleted, and the app waits for the user to choose how to go on', async () => {
    const backup = await damagedAfterACrash();
    const { core: next } = restart({ clock: () => new Date('2026-03-11T08:00:00.000Z') });

    const health = await next.invoke('app.health', {});
    expect(health).toMatchObject({
      ok: true,
      value: {
        readOnly: null,
        recovery: {
          reason: 'damaged',
          keptAs: ['stepwise-2026-03-11T08-00-00-000Z-damaged.db'],
          dataFolder: core.dir,
          latestBackup: { id: backup.id, kind: 'manual', verified: true },
        },
      },
    });
    expect(existsSync(join(core.dir, 'stepwise-2026-03-11T08-00-00-000Z-damaged.db'))).toBe(true);
    expect(existsSync(core.dbPath)).toBe(false);
    // Nothing else answers until then, and it says why.
    expect(await next.invoke('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'recovery-needed' },
    });
    expect(await next.invoke('team.create', { name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'recovery-needed' },
    });
    expect(await next.invoke('backup.list', {})).toMatchObject({
      ok: true,
      value: { backups: [{ id: backup.id }] },
    });
    expect(await next.invoke('backup.openFolder', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('is replaced by the backup the user chooses', async () => {
    const backup = await damagedAfterACrash();
    const { core: next } = restart();
    const events: string[] = [];
    next.onEvent((event) => events.push(event));

    expect(await next.invoke('app.recover', { from: 'backup', id: backup.id })).toEqual({
      ok: true,
      value: { readOnly: null, recovery: null },
    });
    expect(events).toEqual(expect.arrayContaining(['data.changed', 'app.health']));
    expect(await next.invoke('team.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'Kept in the backup' }],
    });
    expect(await next.invoke('team.create', { name: 'Back to work' })).toMatchObject({ ok: true });
    // The damaged file is still there for whoever wants to dig into it.
    expect(readdirSync(core.dir).filter((name) => name.includes('-damaged.db'))).toHaveLength(1);
    // Recovering twice makes no sense.
    expect(await next.invoke('app.recover', { from: 'empty' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('is replaced by an empty database if the user prefers a fresh start', async () => {
    await damagedAfterACrash();
    const { core: next } = restart();
    expect(await next.invoke('app.recover', { from: 'empty' })).toMatchObject({ ok: true });
    expect(await next.invoke('team.list', {})).toEqual({ ok: true, value: [] });
    expect(await next.invoke('model.list', {})).toMatchObject({ ok: true, value: [{}, {}] });
  });

  it('that is not a database at all is moved aside even after a clean exit', async () => {
    core = makeTestCore();
    await core.close();
    writeFileSync(core.dbPath, 'These are not the pages you are looking for. '.repeat(200));
    const { core: next } = restart();
    const health = await next.invoke('app.health', {});
    expect(health).toMatchObject({
      ok: true,
      value: { recovery: { reason: 'damaged', latestBackup: null } },
    });
    if (health.ok)
      expect((health.value as { recovery: { detail: string } }).recovery.detail).toMatch(/not a database/);
  });

  it('met while the app runs keeps the marker, so that the next start checks the file', async () => {
    core = makeTestCore();
    await makeTeam(core, { name: 'Service Desk' });
    await core.close();
    // Damage that opening does not notice: only the teams table's pages.
    const db = new Database(core.dbPath, { readonly: true });
    const root = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'teams'")
      .pluck()
      .get() as number;
    db.close();
    const fd = openSync(core.dbPath, 'r+');
    writeSync(fd, Buffer.alloc(12, 0xa5), 0, 12, (root - 1) * 4096);
    closeSync(fd);

    const first = restart();
    expect(first.ranQuickCheck()).toBe(false);
    expect(await first.core.invoke('team.list', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    await first.core.close();
    opened.splice(opened.indexOf(first.core), 1);
    expect(markersOf(core.dbPath)).toHaveLength(1);

    // The marker's process is this one, still alive: stand in for the restarted app in another process.
    const [marker] = markersOf(core.dbPath);
    renameSync(join(core.dir, marker!), leaveMarkerOfDeadProcess(core.dbPath));
    const second = restart();
    expect(second.ranQuickCheck()).toBe(true);
    expect(await second.core.invoke('app.health', {})).toMatchObject({
      ok: true,
      value: { recovery: { reason: 'damaged' } },
    });
  });
});

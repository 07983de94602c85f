import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type CoreOptions } from '../../../src/main/core/core';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { buildCoreWorker, type BuiltWorker } from '../../helpers/coreWorker';
import { makePlan, makeTeam } from '../../helpers/factories';
import { dumpDatabase } from '../../helpers/files';

let core: TestCore;
afterEach(() => core.dispose());

let workers: BuiltWorker;
beforeAll(async () => {
  workers = await buildCoreWorker();
}, 60_000);
afterAll(() => workers.dispose());

/** Where a core takes its online backups: in its own thread (the default), or in the app's worker. */
const copiers: [string, () => Pick<CoreOptions, 'backupWorkerUrl'>][] = [
  ['in the core’s thread', () => ({})],
  ['in their worker', () => ({ backupWorkerUrl: workers.backupUrl })],
];

/** A clock the test moves forward by hand. */
function movingClock(start: string) {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    advance: (hours: number) => {
      now += hours * 3_600_000;
    },
  };
}

const backupFiles = (dir: string) => readdirSync(join(dir, 'backups')).sort();

/** What a backup file holds, read as a user of the copy would. */
function teamNamesIn(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT name FROM teams ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backup.now', () => {
  it('copies the data into the backup folder as one checked file, listed newest first', async () => {
    const time = movingClock('2026-03-10T09:00:00.000Z');
    core = makeTestCore({ clock: time.clock });
    await makeTeam(core, { name: 'Service Desk' });
    const first = await core.call('backup.now', {});
    time.advance(1);
    await makeTeam(core, { name: 'Network' });
    const second = await core.call('backup.now', {});

    expect(first).toMatchObject({
      id: 'stepwise-2026-03-10T09-00-00-000Z-manual.db',
      kind: 'manual',
      createdAt: '2026-03-10T09:00:00.000Z',
      verified: true,
      fromVersion: null,
    });
    expect(first.sizeBytes).toBeGreaterThan(4096);
    const list = await core.call('backup.list', {});
    expect(list.folder).toBe(join(core.dir, 'backups'));
    expect(list.backups.map((b) => b.id)).toEqual([second.id, first.id]);
    // Each copy is a single self-contained file, with no log beside it, and holds the data of its time.
    expect(backupFiles(core.dir)).toEqual([first.id, second.id]);
    expect(teamNamesIn(join(core.dir, 'backups', first.id))).toEqual(['Service Desk']);
    expect(teamNamesIn(join(core.dir, 'backups', second.id))).toEqual(['Network', 'Service Desk']);
  });

  it.each(copiers)(
    'copies the data as it is, %s, changing nothing another connection sees, even while one reads an older state',
    async (_where, copier) => {
      core = makeTestCore(copier());
      const watcher = new Database(core.dbPath, { readonly: true });
      const dataVersion = () => watcher.pragma('data_version', { simple: true });
      try {
        await makeTeam(core, { name: 'Service Desk' });
        const before = dataVersion();
        const copied = await core.call('backup.now', {});
        expect(dataVersion()).toBe(before); // the log copied into the file is no change to the data
        expect(teamNamesIn(join(core.dir, 'backups', copied.id))).toEqual(['Service Desk']);

        watcher.exec('BEGIN');
        expect(watcher.prepare('SELECT count(*) FROM teams').pluck().get()).toBe(1);
        await makeTeam(core, { name: 'Network' });
        const whileRead = await core.call('backup.now', {});
        expect(teamNamesIn(join(core.dir, 'backups', whileRead.id))).toEqual(['Network', 'Service Desk']);
        expect(whileRead.verified).toBe(true);
        watcher.exec('COMMIT');
      } finally {
        watcher.close();
      }
    },
  );

  it('gives two backups taken in the same millisecond different names', async () => {
    core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00.000Z') });
    const [a, b] = await Promise.all([core.call('backup.now', {}), core.call('backup.now', {})]);
    expect(a.id).not.toBe(b.id);
    expect(b.createdAt).toBe('2026-03-10T09:00:00.001Z');
  });

  it('lists only finished backups of this database: not copies cut short by a crash, nor other files', async () => {
    core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00.000Z') });
    const backup = await core.call('backup.now', {});
    const folder = join(core.dir, 'backups');
    writeFileSync(join(folder, 'stepwise-2026-03-11T09-00-00-000Z-manual.db.part'), 'half a copy');
    writeFileSync(join(folder, 'other-2026-03-11T09-00-00-000Z-manual.db'), 'another database');
    writeFileSync(join(folder, 'notes.txt'), 'the user’s own file');
    expect((await core.call('backup.list', {})).backups.map((b) => b.id)).toEqual([backup.id]);

    // The next start clears what a crash left half-written, and only that.
    await core.close();
    const reopened = openCore({ dbPath: core.dbPath });
    await reopened.close();
    expect(readdirSync(folder).sort()).toEqual(
      [backup.id, 'notes.txt', 'other-2026-03-11T09-00-00-000Z-manual.db'].sort(),
    );
  });

  it('opens the backup folder through the desktop, creating it if no backup exists yet', async () => {
    core = makeTestCore();
    expect(await core.call('backup.openFolder', {})).toBeNull();
    expect(core.folders.opened).toEqual([join(core.dir, 'backups')]);
    expect(existsSync(join(core.dir, 'backups'))).toBe(true);
  });
});

describe('scheduled backups', () => {
  it('are taken when the newest routine backup is a day old, and rotated', async () => {
    const time = movingClock('2026-03-02T08:00:00.000Z');
    core = makeTestCore({ clock: time.clock });
    expect(await core.backupIfDue()).toMatchObject({ kind: 'scheduled' });
    time.advance(23);
    expect(await core.backupIfDue()).toBeNull();
    time.advance(1);
    expect(await core.backupIfDue()).toMatchObject({ createdAt: '2026-03-03T08:00:00.000Z' });

    // A month of days: the last seven days and the newest of each of the last four weeks survive.
    for (let day = 0; day < 30; day += 1) {
      time.advance(24);
      await core.backupIfDue();
    }
    const kept = (await core.call('backup.list', {})).backups.map((b) => b.createdAt.slice(0, 10));
    expect(kept).toEqual([
      '2026-04-02',
      '2026-04-01',
      '2026-03-31',
      '2026-03-30',
      '2026-03-29',
      '2026-03-28',
      '2026-03-27',
      // Sundays, the newest of their weeks; those of the two latest weeks (2 April, 29 March) are above.
      '2026-03-22',
      '2026-03-15',
    ]);
  }, 30_000);
});

describe('imports', () => {
  it.each(copiers)(
    'are preceded by a backup of the data as it was, taken %s, again only if the data changed',
    async (_where, copier) => {
      const time = movingClock('2026-03-10T09:00:00.000Z');
      core = makeTestCore({ clock: time.clock, ...copier() });
      await makeTeam(core, { name: 'Before the import' });
      const source = makeTestCore();
      try {
        const plan = await makePlan(source, { targets: 2 });
        await source.call('planFile.export', { planId: plan.id });
        const importOnce = async () => {
          core.files.willOpen(source.files.lastSaved);
          const preview = await core.call('planFile.previewImport', {});
          if (preview.cancelled) throw new Error('cancelled');
          return core.call('planFile.applyImport', { token: preview.token });
        };

        await importOnce();
        const afterFirst = (await core.call('backup.list', {})).backups;
        expect(afterFirst.map((b) => b.kind)).toEqual(['pre-import']);
        expect(teamNamesIn(join(core.dir, 'backups', afterFirst[0]!.id))).toEqual(['Before the import']);

        // The import changed the data: the next import is preceded by a new copy holding it, even one
        // that is then refused.
        time.advance(1);
        const refused = () => core.invoke('planFile.applyImport', { token: crypto.randomUUID() });
        expect(await refused()).toMatchObject({ ok: false, error: { code: 'not-found' } });
        const afterRefused = (await core.call('backup.list', {})).backups;
        expect(afterRefused.map((b) => b.kind)).toEqual(['pre-import', 'pre-import']);
        expect(teamNamesIn(join(core.dir, 'backups', afterRefused[0]!.id))).toContain('Service Desk');

        // A refused import changed nothing: the copy already taken still holds the data as it is.
        time.advance(1);
        expect(await refused()).toMatchObject({ ok: false });
        expect((await core.call('backup.list', {})).backups).toHaveLength(2);
      } finally {
        await source.dispose();
      }
    },
  );

  it.each(copiers)(
    'start that backup as their preview begins, %s, and take another if the data changes before they apply',
    async (_where, copier) => {
      core = makeTestCore(copier());
      await makeTeam(core, { name: 'Before the preview' });
      const source = makeTestCore();
      try {
        await source.call('planFile.export', { planId: (await makePlan(source, { targets: 2 })).id });
        const previewOf = async () => {
          core.files.willOpen(source.files.lastSaved);
          const preview = await core.call('planFile.previewImport', {});
          if (preview.cancelled) throw new Error('cancelled');
          return preview;
        };
        const backups = async () => (await core.call('backup.list', {})).backups;

        // A backup asked for next waits for the one the preview started: both are listed.
        await previewOf();
        await core.call('backup.now', {});
        expect((await backups()).map((b) => b.kind)).toEqual(['manual', 'pre-import']);

        const preview = await previewOf();
        await makeTeam(core, { name: 'Between' });
        await core.call('planFile.applyImport', { token: preview.token });
        const [latest, ...earlier] = await backups();
        expect(earlier.map((b) => b.kind)).toEqual(['manual', 'pre-import']);
        expect(latest).toMatchObject({ kind: 'pre-import', verified: true });
        // The change made after the preview, and nothing of the import.
        expect(teamNamesIn(join(core.dir, 'backups', latest!.id))).toEqual(['Before the preview', 'Between']);
        expect((await core.call('team.list', {})).map((t) => t.name)).toContain('Service Desk');
      } finally {
        await source.dispose();
      }
    },
  );

  it.each(copiers)(
    'finish the backup their preview started, %s, before the data closes: the next start keeps it',
    async (_where, copier) => {
      const clock = () => new Date('2026-03-10T09:00:00.000Z');
      core = makeTestCore({ clock, ...copier() });
      await makeTeam(core, { name: 'Before the preview' });
      const source = makeTestCore();
      try {
        await source.call('planFile.export', { planId: (await makePlan(source, { targets: 2 })).id });
        core.files.willOpen(source.files.lastSaved);
        await core.call('planFile.previewImport', {});
        await core.close();
        const first = 'stepwise-2026-03-10T09-00-00-000Z-pre-import.db';
        expect(backupFiles(core.dir)).toEqual([first]);

        // The next start, in the same millisecond, names its own backup after it.
        const reopened = openCore({ dbPath: core.dbPath, clock, files: core.files, ...copier() });
        core.files.willOpen(source.files.lastSaved);
        expect(await reopened.invoke('planFile.previewImport', {})).toMatchObject({ ok: true });
        await reopened.close();
        expect(backupFiles(core.dir)).toEqual([first, 'stepwise-2026-03-10T09-00-00-001Z-pre-import.db']);
        expect(teamNamesIn(join(core.dir, 'backups', first))).toEqual(['Before the preview']);
      } finally {
        await source.dispose();
      }
    },
  );

  it('are refused, writing nothing, when the worker copying their backup dies before it answers', async () => {
    core = makeTestCore({ backupWorkerUrl: workers.crashingBackupUrl });
    await makeTeam(core, { name: 'Before the import' });
    const source = makeTestCore();
    try {
      await source.call('planFile.export', { planId: (await makePlan(source, { targets: 2 })).id });
      core.files.willOpen(source.files.lastSaved);
      // The preview itself is answered: its backup is the import's to report.
      const preview = await core.call('planFile.previewImport', {});
      if (preview.cancelled) throw new Error('cancelled');
      const before = dumpDatabase(core.dbPath);
      const result = await core.invoke('planFile.applyImport', { token: preview.token });
      expect(result.ok).toBe(false);
      expect(dumpDatabase(core.dbPath)).toEqual(before);
      expect((await core.call('backup.list', {})).backups).toEqual([]);
    } finally {
      await source.dispose();
    }
  });

  it('are refused when the backup before them cannot be taken, and write nothing', async () => {
    core = makeTestCore();
    await makeTeam(core);
    // A file where the backup folder should be: no backup can be written there.
    writeFileSync(join(core.dir, 'backups'), 'not a folder');
    const before = dumpDatabase(core.dbPath);
    const result = await core.invoke('register.applyImport', {
      token: crypto.randomUUID(),
      mapping: [],
    });
    expect(result.ok).toBe(false);
    expect(dumpDatabase(core.dbPath)).toEqual(before);
  });
});

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/contract';
import { entityNames } from '@shared/domain/history';
import { openCore } from '../../../src/main/core/core';
import type { FileFilter, FilePort } from '../../../src/main/core/files';
import { latestSchemaVersion } from '../../../src/main/db/migrate';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeTeam } from '../../helpers/factories';
import { damagePages } from '../../helpers/accidents';
import { dumpDatabase } from '../../helpers/files';
import { writeSchemaOneDatabase } from '../../helpers/oldDatabases';

let core: TestCore;
afterEach(() => core.dispose());

const teamNames = async (c: TestCore) => (await c.call('team.list', {})).map((t) => t.name).sort();

function recordEvents(c: TestCore) {
  const seen: { event: EventName; payload: EventPayload<EventName> }[] = [];
  c.onEvent((event, payload) => seen.push({ event, payload }));
  return seen;
}

describe('backup.restore', () => {
  it('replaces the data with the backup, keeping the current data aside as a backup of its own', async () => {
    core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00.000Z') });
    await makeTeam(core, { name: 'Service Desk' });
    const backup = await core.call('backup.now', {});
    await makeTeam(core, { name: 'Added after the backup' });
    const events = recordEvents(core);

    const outcome = await core.call('backup.restore', { id: backup.id });

    expect(await teamNames(core)).toEqual(['Service Desk']);
    expect(outcome.restored).toEqual(backup);
    expect(outcome.keptAside).toMatchObject({ kind: 'pre-restore', verified: true });
    // Every view reloads, and the app learns the data is writable.
    expect(events).toContainEqual({ event: 'data.changed', payload: { entities: [...entityNames] } });
    expect(events).toContainEqual({ event: 'app.health', payload: { readOnly: null, recovery: null } });
    // The database is usable as before: writes land in the restored file.
    await makeTeam(core, { name: 'After the restore' });
    expect(await teamNames(core)).toEqual(['After the restore', 'Service Desk']);

    // The restore can itself be undone from the copy kept aside.
    await core.call('backup.restore', { id: outcome.keptAside.id });
    expect(await teamNames(core)).toEqual(['Added after the backup', 'Service Desk']);
    const kinds = (await core.call('backup.list', {})).backups.map((b) => b.kind).sort();
    expect(kinds).toEqual(['manual', 'pre-restore', 'pre-restore']);
  });

  it('refuses a backup that fails its check and leaves the data as it was', async () => {
    core = makeTestCore();
    await makeTeam(core, { name: 'Service Desk' });
    const backup = await core.call('backup.now', {});
    await makeTeam(core, { name: 'Network' });
    damagePages(join(core.dir, 'backups', backup.id));
    const before = dumpDatabase(core.dbPath);

    const result = await core.invoke('backup.restore', { id: backup.id });

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'id' } });
    expect(dumpDatabase(core.dbPath)).toEqual(before);
    expect((await core.call('backup.list', {})).backups.map((b) => b.kind)).toEqual(['manual']);
    expect(await teamNames(core)).toEqual(['Network', 'Service Desk']);
  });

  it('refuses ids that are not backups of the folder, and never takes them for paths', async () => {
    core = makeTestCore();
    await makeTeam(core);
    const before = dumpDatabase(core.dbPath);
    for (const id of [
      '../stepwise.db',
      'stepwise.db',
      '/etc/passwd',
      'nope-2026-03-10T09-00-00-000Z-manual.db',
    ]) {
      const result = await core.invoke('backup.restore', { id });
      expect(result.ok, id).toBe(false);
      if (!result.ok) expect(['invalid-input', 'not-found']).toContain(result.error.code);
    }
    expect(dumpDatabase(core.dbPath)).toEqual(before);
  });

  it('migrates a backup from an older schema when it is restored', async () => {
    core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00.000Z') });
    // A database left by the first version of Stepwise: opening it takes a copy at schema 1 first.
    const oldDir = join(core.dir, 'old');
    mkdirSync(oldDir);
    writeSchemaOneDatabase(join(oldDir, 'stepwise.db'), ['From version 1']);
    await openCore({ dbPath: join(oldDir, 'stepwise.db') }).close();
    const [copy] = readdirSync(join(oldDir, 'backups'));
    mkdirSync(join(core.dir, 'backups'));
    copyFileSync(join(oldDir, 'backups', copy!), join(core.dir, 'backups', copy!));

    await core.call('backup.restore', { id: copy! });

    expect(await teamNames(core)).toEqual(['From version 1']);
    expect(core.migration).toMatchObject({ from: 1, to: latestSchemaVersion });
    expect((await core.call('app.status', {})).schemaVersion).toBe(latestSchemaVersion);
    const list = (await core.call('backup.list', {})).backups;
    expect(list.filter((b) => b.kind === 'pre-migration').map((b) => b.fromVersion)).toEqual([1, 1]);
  });
});

describe('a task under way during a restore', () => {
  it('cannot write what it read from the data that was replaced', async () => {
    /** A user who leaves the open dialog up until the test answers for them. */
    class SlowUser implements FilePort {
      answer: (path: string | null) => void = () => undefined;
      chooseSavePath = async () => null;
      chooseOpenPath = (_options: { filters: FileFilter[] }) =>
        new Promise<string | null>((resolve) => {
          this.answer = resolve;
        });
    }
    core = makeTestCore();
    await core.call('planFile.export', { planId: (await makePlan(core)).id });
    const user = new SlowUser();
    const slow = openCore({ dbPath: join(core.dir, 'slow.db'), files: user });
    try {
      const backup = (await slow.invoke('backup.now', {})) as { ok: true; value: { id: string } };
      const preview = slow.invoke('planFile.previewImport', {});
      expect(await slow.invoke('backup.restore', { id: backup.value.id })).toMatchObject({ ok: true });
      user.answer(core.files.lastSaved);
      expect(await preview).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } finally {
      await slow.close();
    }
  });
});

describe('a restore cut short by a crash', () => {
  it('is finished at the next start when the old file was already moved away', async () => {
    core = makeTestCore();
    await makeTeam(core, { name: 'In the backup' });
    const backup = await core.call('backup.now', {});
    await makeTeam(core, { name: 'Only in the old file' });
    await core.close();
    // The moment between moving the old file aside and renaming the staged copy into place.
    copyFileSync(join(core.dir, 'backups', backup.id), `${core.dbPath}.restoring`);
    rmSync(core.dbPath);
    for (const suffix of ['-wal', '-shm']) rmSync(core.dbPath + suffix, { force: true });

    const reopened = openCore({ dbPath: core.dbPath });
    try {
      expect(await reopened.invoke('team.list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'In the backup' }],
      });
      expect(existsSync(`${core.dbPath}.restoring`)).toBe(false);
    } finally {
      await reopened.close();
    }
  });

  it('is forgotten when it never got as far as moving the old file', async () => {
    core = makeTestCore();
    await makeTeam(core, { name: 'Current' });
    const backup = await core.call('backup.now', {});
    await core.close();
    copyFileSync(join(core.dir, 'backups', backup.id), `${core.dbPath}.restoring`);
    const reopened = openCore({ dbPath: core.dbPath });
    try {
      expect(await reopened.invoke('team.list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'Current' }],
      });
      expect(readdirSync(core.dir).filter((name) => name.includes('restoring'))).toEqual([]);
    } finally {
      await reopened.close();
    }
  });
});

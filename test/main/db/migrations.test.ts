import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/main/core/core';
import { latestSchemaVersion } from '../../../src/main/db/migrate';
import { initialSchema } from '../../../src/main/db/migrations/001-initial-schema';
import { stableId } from '../../../src/main/store/stableId';
import { makeTestCore, type TestCore } from '../../helpers/core';

let core: TestCore | undefined;
afterEach(() => core?.dispose());

describe('a new database', () => {
  it('is at the latest schema, with WAL, full sync and foreign keys', async () => {
    core = makeTestCore();
    expect((await core.call('app.status', {})).schemaVersion).toBe(latestSchemaVersion);
    const db = new Database(core.dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(core.migration).toEqual({ from: 0, to: latestSchemaVersion, backupPath: null });
  });

  it('holds the two built-in models: all 34 ITIL 4 practices and the MSP key points', async () => {
    core = makeTestCore();
    const models = await core.call('model.list', {});
    expect(models.map((m) => m.builtinKey)).toEqual(['itil4', 'msp']);
    const itil = await core.call('model.get', { id: stableId('model:itil4') });
    expect(itil.dimensions).toHaveLength(34);
    expect(itil.axes.map((a) => [a.key, itil.dimensions.filter((d) => d.axisId === a.id).length])).toEqual([
      ['general', 14],
      ['service', 17],
      ['technical', 3],
    ]);
    expect(itil.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(itil.dimensions.find((d) => d.key === 'incident-management')?.nameFr).toBe(
      'Gestion des incidents',
    );
    const msp = await core.call('model.get', { id: stableId('model:msp') });
    expect(msp.axes.map((a) => a.key)).toEqual([
      'service-control',
      'activity-transparency',
      'user-satisfaction',
      'budget-control',
      'people',
    ]);
  });

  it('gives built-in rows the same ids on every machine', async () => {
    core = makeTestCore();
    const other = makeTestCore();
    try {
      const ids = async (c: TestCore) =>
        (await c.call('model.get', { id: stableId('model:msp') })).dimensions.map((d) => d.id);
      expect(await ids(other)).toEqual(await ids(core));
    } finally {
      await other.dispose();
    }
  });
});

describe('an existing database', () => {
  it('is migrated from schema 1 with its data kept, after a copy is taken', async () => {
    core = makeTestCore();
    const path = join(core.dir, 'old.db');
    const old = new Database(path);
    old.transaction(() => {
      initialSchema.up(old, { now: '2025-01-01T00:00:00.000Z' });
      old.pragma('user_version = 1');
    })();
    old
      .prepare(
        `INSERT INTO teams (id, name, client, service_scope, colour, archived, created_at, updated_at)
         VALUES ('0b6f3c4e-8d8a-4c56-9a53-7d4f7f1e2a10', 'Old team', 'Old client', '', '#123456', 0, 'x', 'x')`,
      )
      .run();
    old.close();

    const migrated = openCore({ dbPath: path, backupDir: join(core.dir, 'backups') });
    try {
      expect(migrated.migration.from).toBe(1);
      expect(migrated.migration.to).toBe(latestSchemaVersion);
      const teams = await migrated.invoke('team.list', {});
      expect(teams).toMatchObject({ ok: true, value: [{ name: 'Old team', client: 'Old client' }] });
      expect(readdirSync(join(core.dir, 'backups'))).toHaveLength(1);
      const copy = new Database(migrated.migration.backupPath as string, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      expect(copy.prepare('SELECT name FROM teams').pluck().all()).toEqual(['Old team']);
      copy.close();
    } finally {
      await migrated.close();
    }
  });

  it('written by a newer Stepwise is refused with a clear message and left untouched', () => {
    core = makeTestCore();
    const path = join(core.dir, 'newer.db');
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x INTEGER)');
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`);
    newer.close();
    const before = readFileSync(path);

    expect(() => openCore({ dbPath: path })).toThrow(/newer version of Stepwise/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('whose migration fails is left as it was', () => {
    const { dir } = (core = makeTestCore());
    const path = join(dir, 'broken.db');
    const old = new Database(path);
    old.transaction(() => {
      initialSchema.up(old, { now: '2025-01-01T00:00:00.000Z' });
      old.pragma('user_version = 1');
    })();
    // A model already holding the built-in key makes migration 2 fail on its unique constraint.
    old
      .prepare(
        `INSERT INTO models (id, builtin_key, name, created_at, updated_at)
         VALUES ('5c0f2b7e-2f4c-4a57-9d1e-0a1b2c3d4e5f', 'itil4', 'Clash', 'x', 'x')`,
      )
      .run();
    old.close();

    expect(() => openCore({ dbPath: path, backupDir: join(dir, 'backups') })).toThrow();
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare('SELECT count(*) FROM models').pluck().get()).toBe(1);
    after.close();
  });
});

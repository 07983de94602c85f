import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../src/main/core/core';
import { closeDatabase, openDatabase } from '../../../src/main/db/connection';
import { reserveLogSpace } from '../../../src/main/db/logSpace';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-durability-'));
  dirs.push(dir);
  return dir;
};

describe('the connection', () => {
  it('writes ahead to a log, syncs every commit in full and enforces foreign keys', () => {
    const db = openDatabase(join(tempDir(), 'stepwise.db'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
      expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: statement journals too
      if (process.platform === 'darwin') expect(db.pragma('fullfsync', { simple: true })).toBe(1);
    } finally {
      closeDatabase(db);
    }
  });

  it('keeps up to 64 MB of changed pages out of the log until the commit', () => {
    const path = join(tempDir(), 'stepwise.db');
    const db = openDatabase(path);
    try {
      db.exec('CREATE TABLE filler (bytes BLOB NOT NULL)');
      const insert = db.prepare('INSERT INTO filler (bytes) VALUES (randomblob(3000))');
      db.transaction(() => {
        // About 30 MB of changed pages: past the 16 MB of the cache, short of the 64 MB it may hold.
        for (let row = 0; row < 10_000; row += 1) insert.run();
        expect(statSync(`${path}-wal`).size).toBeLessThan(1_000_000);
      })();
      expect(statSync(`${path}-wal`).size).toBeGreaterThan(30_000_000);
    } finally {
      closeDatabase(db);
    }
  });

  it('refuses to run where SQLite cannot keep write-ahead logging, saying what to do', () => {
    // In memory SQLite answers `journal_mode = WAL` with "memory", as it does on some network drives.
    expect(() => openDatabase(':memory:')).toThrow(
      /cannot keep its data safe in :memory:: write-ahead logging is not available.*local disk/,
    );
    expect(() => openCore({ dbPath: ':memory:' })).toThrow(/write-ahead logging is not available/);
  });
});

describe('the log', () => {
  afterEach(() => vi.useRealTimers());

  it('is copied into the file once writes pause for a second, not inside a write', async () => {
    vi.useFakeTimers();
    const checkpoints: string[] = [];
    const dbPath = join(tempDir(), 'stepwise.db');
    const core = openCore({
      dbPath,
      trace: (sql) => sql.includes('wal_checkpoint') && checkpoints.push(sql),
    });
    try {
      const reader = new Database(dbPath, { readonly: true });
      // What the file itself holds, against what its log holds on top of it.
      const copied = () =>
        statSync(dbPath).size === (reader.pragma('page_count', { simple: true }) as number) * 4096;
      const team = await core.invoke('team.create', { name: 'Service Desk', client: 'Northwind Retail' });
      expect(team.ok).toBe(true);
      vi.advanceTimersByTime(900);
      await core.invoke('team.create', { name: 'Network', client: 'Northwind Retail' });
      vi.advanceTimersByTime(900);
      expect(checkpoints).toEqual([]);
      expect(copied()).toBe(false);
      vi.advanceTimersByTime(100);
      expect(checkpoints).toEqual(['PRAGMA wal_checkpoint(PASSIVE)']);
      expect(copied()).toBe(true);
      reader.close();
    } finally {
      await core.close();
    }
  });
});

describe('the log written ahead', () => {
  /** The size of a log of `frames` pages of 4 KB: its header, then each page with its own. */
  const logOf = (frames: number) => 32 + frames * (24 + 4096);
  const rowsIn = (path: string) => {
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      return db.prepare('SELECT n FROM numbers ORDER BY n').pluck().all();
    } finally {
      db.close();
    }
  };
  /** The file and its log as a crash would leave them: copied while the connection that wrote is open. */
  const crashCopy = (path: string) => {
    const copy = join(tempDir(), 'copy.db');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    return copy;
  };

  it("is opened by the core 10,000 frames long (40 MB), what it holds at SQLite's own checkpoint", async () => {
    const dbPath = join(tempDir(), 'stepwise.db');
    const core = openCore({ dbPath });
    try {
      expect(statSync(`${dbPath}-wal`).size).toBe(logOf(10_000));
      expect((await core.invoke('team.create', { name: 'Service Desk', client: 'Northwind' })).ok).toBe(true);
      expect(statSync(`${dbPath}-wal`).size).toBe(logOf(10_000));
    } finally {
      await core.close();
    }
    const reopened = openCore({ dbPath, logReserve: 0 });
    try {
      expect(await reopened.invoke('team.list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'Service Desk' }],
      });
    } finally {
      await reopened.close();
    }
  });

  it('keeps the frames the log holds, and commits after it write over its space rather than growing it', () => {
    const path = join(tempDir(), 'stepwise.db');
    const writer = openDatabase(path);
    const other = openDatabase(path);
    try {
      writer.exec('CREATE TABLE numbers (n INTEGER NOT NULL)');
      const insert = writer.prepare('INSERT INTO numbers (n) VALUES (?)');
      for (const n of [1, 2, 3]) insert.run(n);
      const had = statSync(`${path}-wal`).size;
      expect(had).toBeGreaterThan(0);

      // From another connection, as another process would: the write lock is the same.
      expect(reserveLogSpace(other, 64)).toBe(logOf(64) - had);
      expect(statSync(`${path}-wal`).size).toBe(logOf(64));
      expect(rowsIn(crashCopy(path))).toEqual([1, 2, 3]);

      for (const n of [4, 5, 6, 7]) insert.run(n);
      expect(statSync(`${path}-wal`).size).toBe(logOf(64));
      // SQLite finds the frames written over the zeros, and stops at the zeros after them.
      expect(rowsIn(crashCopy(path))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    } finally {
      closeDatabase(other);
      closeDatabase(writer);
    }
  });

  it('extends the log SQLite keeps beside the file itself when the file is opened through a link', () => {
    const real = join(tempDir(), 'stepwise.db');
    closeDatabase(openDatabase(real));
    const link = join(tempDir(), 'linked.db');
    symlinkSync(real, link);
    const db = openDatabase(link);
    try {
      expect(reserveLogSpace(db, 64)).toBe(logOf(64));
      expect(statSync(`${real}-wal`).size).toBe(logOf(64));
      expect(existsSync(`${link}-wal`)).toBe(false);
    } finally {
      closeDatabase(db);
    }
  });

  it('leaves a log that is long enough as it is, a read-only connection alone, and another writer waiting for none', () => {
    const path = join(tempDir(), 'stepwise.db');
    const db = openDatabase(path);
    try {
      expect(reserveLogSpace(db, 64)).toBe(logOf(64));
      expect(reserveLogSpace(db, 32)).toBe(0);
      expect(reserveLogSpace(db, 0)).toBe(0);
      expect(statSync(`${path}-wal`).size).toBe(logOf(64));
      const reader = new Database(path, { readonly: true });
      expect(reserveLogSpace(reader, 128)).toBe(0);
      reader.close();
      expect(statSync(`${path}-wal`).size).toBe(logOf(64));
      expect(db.inTransaction).toBe(false);

      // Another connection writing: the reservation does not wait for it, and its transaction goes on.
      const other = openDatabase(path);
      other.exec('BEGIN IMMEDIATE; CREATE TABLE numbers (n INTEGER NOT NULL)');
      const started = performance.now();
      expect(reserveLogSpace(db, 128)).toBe(0);
      expect(performance.now() - started).toBeLessThan(1_000); // not the 5 s of the busy timeout
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      other.exec('COMMIT');
      closeDatabase(other);
      expect(statSync(`${path}-wal`).size).toBe(logOf(64));
      expect(reserveLogSpace(db, 128)).toBe(logOf(128) - logOf(64));
    } finally {
      closeDatabase(db);
    }
  });
});

/** What befalls a data file in the field, done for real to a test database: damage, a crash, a full disk. */
import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, openSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openCore, type Core, type CoreOptions } from '../../src/main/core/core';
import type { TestCore } from './core';

/**
 * Damages a database file as a failing disk would: the header stays readable, but every page after the
 * first gets garbage where its b-tree header is. `quick_check` finds it; opening the file does not.
 */
export function damagePages(path: string, pageSize = 4096): void {
  const fd = openSync(path, 'r+');
  try {
    const pages = Math.floor(fstatSync(fd).size / pageSize);
    const garbage = Buffer.alloc(12, 0xa5);
    for (let page = 1; page < pages; page += 1) writeSync(fd, garbage, 0, garbage.length, page * pageSize);
  } finally {
    closeSync(fd);
  }
}

/**
 * Leaves the marker of a process that died with the database open, as a crash or a power cut does: the
 * next start checks the file. Returns the marker's path.
 */
export function leaveMarkerOfDeadProcess(dbPath: string): string {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  const marker = `${dbPath}.running-${pid}`;
  writeFileSync(marker, '2026-03-10T09:00:00.000Z\n');
  return marker;
}

/**
 * The test core's database opened again, as the next start of the app would, on a disk with room for
 * `spare` more pages: SQLite's max_page_count makes a write that needs more fail with SQLITE_FULL,
 * exactly as a full disk does. The test core is closed first.
 */
export async function reopenNearlyFull(
  core: TestCore,
  spare: number,
  options: Partial<CoreOptions> = {},
): Promise<Core> {
  await core.close();
  const db = new Database(core.dbPath, { readonly: true });
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.close();
  return openCore({ dbPath: core.dbPath, ...options, maxPageCount: pages + spare });
}

/**
 * The test core's database damaged after a crash (pages garbled, the crashed process's marker left), then
 * opened again as the next start of the app would. The test core is closed first.
 */
export async function reopenDamaged(core: TestCore, options: Partial<CoreOptions> = {}): Promise<Core> {
  await core.close();
  damagePages(core.dbPath);
  leaveMarkerOfDeadProcess(core.dbPath);
  return openCore({ dbPath: core.dbPath, ...options });
}

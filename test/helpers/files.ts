import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FileFilter, FilePort } from '../../src/main/core/files';

/**
 * The core's file port on a folder: a save goes to the folder under the name the core suggests, an open
 * takes the next file the test queued with `willOpen` (none queued: the user cancelled).
 */
export class FolderFiles implements FilePort {
  readonly saved: string[] = [];
  readonly filtersAsked: FileFilter[][] = [];
  private readonly queue: string[] = [];

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  willOpen(path: string): this {
    this.queue.push(path);
    return this;
  }

  get lastSaved(): string {
    const path = this.saved.at(-1);
    if (path === undefined) throw new Error('Nothing was saved.');
    return path;
  }

  chooseSavePath = async ({ defaultName, filters }: { defaultName: string; filters: FileFilter[] }) => {
    this.filtersAsked.push(filters);
    const path = join(this.dir, defaultName);
    this.saved.push(path);
    return path;
  };

  chooseOpenPath = async ({ filters }: { filters: FileFilter[] }) => {
    this.filtersAsked.push(filters);
    return this.queue.shift() ?? null;
  };
}

/** Every row of every table, read through a second connection: what "the database" holds. */
export function dumpDatabase(dbPath: string): Record<string, unknown[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FileFilter, FilePort } from '../../src/main/core/files';
import type { FolderPort } from '../../src/main/core/folders';

/**
 * The core's file port on a folder: a save goes to the folder under the name the core suggests (unless
 * the test said `willCancelSave`), an open takes the next file the test queued with `willOpen` (none
 * queued: the user cancelled).
 */
export class FolderFiles implements FilePort {
  readonly saved: string[] = [];
  readonly filtersAsked: FileFilter[][] = [];
  private readonly queue: string[] = [];
  private cancelNextSave = false;
  private heldSave: Promise<void> | null = null;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  willOpen(path: string): this {
    this.queue.push(path);
    return this;
  }

  /** The next save dialog is cancelled, as a user closing it would. */
  willCancelSave(): this {
    this.cancelNextSave = true;
    return this;
  }

  /**
   * The next save dialog stays open until the returned function is called, as a user slow to choose
   * would keep it: what the app shows while a task waits can be looked at.
   */
  holdNextSave(): () => void {
    let release = () => {};
    this.heldSave = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  }

  /** Writes a file into the folder, as the user would have it there, and returns its path for `willOpen`. */
  put(name: string, content: string | Uint8Array): string {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }

  /** The text of a file of the folder, or null when there is none (for tests that cannot reach node:fs). */
  text(name: string): string | null {
    const path = join(this.dir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }

  get lastSaved(): string {
    const path = this.saved.at(-1);
    if (path === undefined) throw new Error('Nothing was saved.');
    return path;
  }

  chooseSavePath = async ({ defaultName, filters }: { defaultName: string; filters: FileFilter[] }) => {
    this.filtersAsked.push(filters);
    const held = this.heldSave;
    this.heldSave = null;
    if (held) await held;
    if (this.cancelNextSave) {
      this.cancelNextSave = false;
      return null;
    }
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
      .prepare(
        "SELECT name, wr FROM pragma_table_list WHERE type = 'table' AND schema = 'main' ORDER BY name",
      )
      .all() as { name: string; wr: number }[];
    // A table WITHOUT ROWID (the summaries of migration 4) is in the order of its primary key.
    return Object.fromEntries(
      tables.map(({ name, wr }) => [
        name,
        db.prepare(`SELECT * FROM "${name}"${wr ? '' : ' ORDER BY rowid'}`).all(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** The core's folder port as the desktop's file manager would receive it: each folder asked to be shown. */
export class RecordingFolders implements FolderPort {
  readonly opened: string[] = [];

  open = async (path: string) => {
    this.opened.push(path);
  };
}

/**
 * The backup folder: copies of the database, each named after when and why it was taken, each checked
 * with `quick_check` before it gets its name. A copy that is not finished or failed its check never
 * has a backup's name, so every backup listed is whole.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { backupKinds, type Backup, type BackupKind } from '@shared/domain/backups';
import { DomainError } from '@shared/result';
import { quickCheck, type Db } from '../db/connection';
import { companionSuffixes, flushInBackground, fsyncFile, fsyncFolder, moveDatabase } from '../db/files';
import { backupsToPrune } from './rotation';

const namePattern = new RegExp(
  `^(?<stem>.+)-(?<stamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(?<kind>${backupKinds.join('|')})` +
    '(?:-from-v(?<from>\\d+))?(?<unverified>-unverified)?\\.db$',
);
/** What a copy is called while it is written and checked. */
const partSuffix = '.part';

const stampOf = (instant: string) => instant.replace(/[:.]/g, '-');
const instantOf = (stamp: string) =>
  stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

export interface CopyOptions {
  /** For a copy taken before a migration: the schema version it holds. */
  fromVersion?: number;
}

/** What a file holds, checked on a read-only connection: null when sound, else SQLite's complaint. */
export function checkDatabaseFile(path: string): { problem: string | null; schemaVersion: number | null } {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return { problem: quickCheck(db), schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), schemaVersion: null };
  } finally {
    db?.close();
  }
}

/**
 * Copies the database file itself, once the log is all copied into it: 45 ms for 190 MB on a quiet disk,
 * where the backup API took 700 (and an import waits for its backup). False, with nothing copied, when
 * the log cannot be all copied in at once, as while another connection still reads an older state, or
 * when another connection commits meanwhile. The copy is taken in a read transaction that began with the
 * log all in the file: it reads the file alone, and while it lasts no checkpoint, of this process or
 * another, may write into the file. The checkpoint is passive: it waits for no one, and leaves the log
 * as it is (emptying it, as a truncating one does, is a change other connections see).
 */
function copiedWhole(db: Db, part: string): boolean {
  if (db.memory || db.readonly || db.inTransaction) return false;
  const version = db.pragma('data_version', { simple: true });
  const [log] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  if (log?.busy !== 0 || log.log !== log.checkpointed) return false;
  return db.transaction(() => {
    db.prepare('SELECT 1 FROM sqlite_schema').get(); // starts the read
    if (db.pragma('data_version', { simple: true }) !== version) return false; // another connection wrote
    copyFileSync(db.name, part);
    return true;
  })();
}

/**
 * Makes a copy a single self-contained file (no write-ahead log beside it) and checks it: null when sound,
 * else SQLite's complaint. `flush` is called once the copy's header is written, before the check.
 */
function checkCopy(part: string, flush: () => void): string | null {
  const copy = new Database(part, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    flush();
    return quickCheck(copy);
  } finally {
    copy.close();
  }
}

/** A checked copy of the database being written: its check is null when sound, else SQLite's complaint. */
export interface CopyWriting {
  readonly check: Promise<string | null>;
  /**
   * Where the copy is written in another thread: blocks this one until the check is known, and gives it.
   * Null where the copy is written in this thread, which blocking would stop.
   */
  readonly checkNow: (() => string | null) | null;
}

/** Starts a checked copy of the database to `part`: in the core's thread, or in a worker (`worker.ts`). */
export type CopyWriter = (db: Db, part: string) => CopyWriting;

/**
 * Copies and checks in the calling thread, the copy flushed to the disk in the thread pool while it is
 * checked (each takes 0.2 to 0.4 s at 190 MB).
 */
async function writeCheckedCopy(db: Db, part: string): Promise<string | null> {
  if (!copiedWhole(db, part)) await db.backup(part);
  let flushed: Promise<void> | undefined;
  try {
    return checkCopy(part, () => void (flushed = flushInBackground(part)));
  } finally {
    await flushed;
  }
}

export const copyInThisThread: CopyWriter = (db, part) => ({
  check: writeCheckedCopy(db, part),
  checkNow: null,
});

/**
 * The same, through a connection of its own to the file at `dbPath`: what the backup's worker thread
 * runs. The other connections (the core's) go on reading and writing meanwhile.
 */
export async function copyDatabaseFile(dbPath: string, part: string): Promise<string | null> {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return await writeCheckedCopy(db, part);
  } finally {
    db.close();
  }
}

/** An online copy under way, which becomes a backup once checked and named. */
export interface CopyUnderWay {
  readonly backup: Promise<Backup>;
  /**
   * Blocks this thread until the backup is taken, and gives it (or throws why it could not be): where
   * the copy is written in another thread, else null.
   */
  readonly finishNow: (() => Backup) | null;
}

export class BackupFolder {
  /** The folder `backups/` beside the database, unless told otherwise. */
  constructor(
    readonly dir: string,
    private readonly stem: string,
    private readonly writeCopy: CopyWriter = copyInThisThread,
  ) {}

  /** `writeCopy` takes the online copies (default: in this thread). */
  static beside(dbPath: string, dir?: string, writeCopy?: CopyWriter): BackupFolder {
    return new BackupFolder(dir ?? join(dirname(dbPath), 'backups'), basename(dbPath, '.db'), writeCopy);
  }

  /** The backups of this database, newest first. */
  list(): Backup[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .map((name) => this.describe(name))
      .filter((backup): backup is Backup => backup !== null)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  /** A backup by id; the id is only ever matched against the folder's own listing. */
  find(id: string): Backup {
    const backup = this.list().find((b) => b.id === id);
    if (!backup) throw new DomainError('not-found', 'There is no such backup (any more).', 'id');
    return backup;
  }

  pathOf(backup: Backup): string {
    return join(this.dir, backup.id);
  }

  /**
   * An online copy: of the file itself when its log can be emptied into it first, else through SQLite's
   * backup API, while the app keeps working.
   */
  copy(db: Db, kind: BackupKind, now: string, options: CopyOptions = {}): Promise<Backup> {
    return this.start(db, kind, now, options).backup;
  }

  /** The same copy, which the caller may also wait for blocking its thread (see `CopyUnderWay`). */
  start(db: Db, kind: BackupKind, now: string, options: CopyOptions = {}): CopyUnderWay {
    const { part, final } = this.reserve(kind, now, options);
    const writing = this.writeCopy(db, part);
    // Named once, by whichever way of waiting learns the check first.
    let outcome: { backup: Backup } | { error: unknown } | undefined;
    const settle = (learn: () => string | null): Backup => {
      if (outcome === undefined) {
        try {
          outcome = { backup: this.name(part, final, learn()) };
        } catch (error) {
          this.discard(part);
          outcome = { error };
        }
      }
      if ('error' in outcome) throw outcome.error;
      return outcome.backup;
    };
    const { checkNow } = writing;
    return {
      backup: writing.check.then(
        (problem) => settle(() => problem),
        (error: unknown) =>
          settle(() => {
            throw error;
          }),
      ),
      finishNow: checkNow && (() => settle(checkNow)),
    };
  }

  /**
   * The same copy, synchronously (VACUUM INTO when the file cannot be copied whole): for the copy taken
   * while a database is being opened, before anything else may use it, where the backup API cannot wait.
   */
  copySync(db: Db, kind: BackupKind, now: string, options: CopyOptions = {}): Backup {
    const { part, final } = this.reserve(kind, now, options);
    try {
      if (!copiedWhole(db, part)) db.prepare('VACUUM INTO ?').run(part);
    } catch (error) {
      this.discard(part);
      throw error;
    }
    return this.seal(part, final);
  }

  /**
   * Moves a closed database file (and its log) into the folder as a backup, without copying it: how the
   * data is kept aside before a restore replaces it. `checked` says whether it passed `quick_check`.
   */
  adopt(dbPath: string, kind: BackupKind, now: string, checked: boolean): Backup {
    const { final } = this.reserve(kind, now, {}, checked);
    moveDatabase(dbPath, final);
    try {
      // Folds a log left beside it into the file, so that the backup is one file like the others.
      const adopted = new Database(final, { fileMustExist: true });
      try {
        adopted.pragma('journal_mode = DELETE');
      } finally {
        adopted.close();
      }
    } catch {
      // A damaged file keeps its log beside it, untouched: it is kept for what can still be read from it.
    }
    return this.describeExisting(basename(final));
  }

  /** Deletes what the rotation lets go; returns their ids. */
  prune(now: Date): string[] {
    const pruned = backupsToPrune(this.list(), now);
    for (const id of pruned) rmSync(join(this.dir, id), { force: true });
    if (pruned.length > 0) fsyncFolder(this.dir);
    return pruned;
  }

  /** Copies left half-written by a crash: never listed, removed when the folder is next used. */
  removeUnfinished(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      if (name.includes(partSuffix)) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** A free name for a new backup: two taken in the same millisecond get the next one. */
  private reserve(kind: BackupKind, now: string, options: CopyOptions, checked = true) {
    mkdirSync(this.dir, { recursive: true });
    let at = new Date(now).getTime();
    const nameAt = (time: number) =>
      `${this.stem}-${stampOf(new Date(time).toISOString())}-${kind}` +
      `${options.fromVersion === undefined ? '' : `-from-v${options.fromVersion}`}` +
      `${checked ? '' : '-unverified'}.db`;
    while (existsSync(join(this.dir, nameAt(at))) || existsSync(join(this.dir, nameAt(at) + partSuffix))) {
      at += 1;
    }
    const final = join(this.dir, nameAt(at));
    return { part: final + partSuffix, final };
  }

  /**
   * Makes a written copy a backup: a single self-contained file (no write-ahead log beside it), that
   * passed `quick_check`, flushed to the disk, and only then given its name.
   */
  private seal(part: string, final: string): Backup {
    let problem: string | null;
    try {
      problem = checkCopy(part, () => fsyncFile(part));
    } catch (error) {
      this.discard(part);
      throw error;
    }
    return this.name(part, final, problem);
  }

  /** Gives a checked copy its backup's name, or discards it with SQLite's complaint. */
  private name(part: string, final: string, problem: string | null): Backup {
    if (problem !== null) {
      this.discard(part);
      throw new DomainError(
        'internal',
        `The backup copy failed its check (${problem}), so it was not kept. Your data has not changed.`,
      );
    }
    moveDatabase(part, final);
    return this.describeExisting(basename(final));
  }

  /** An unfinished copy is nobody's data: it goes, with whatever SQLite left beside it. */
  private discard(part: string): void {
    for (const suffix of ['', ...companionSuffixes]) rmSync(part + suffix, { force: true });
  }

  private describeExisting(name: string): Backup {
    const backup = this.describe(name);
    if (!backup) throw new Error(`${name} is not a backup's name.`);
    return backup;
  }

  private describe(name: string): Backup | null {
    const groups = namePattern.exec(name)?.groups;
    if (!groups || groups.stem !== this.stem) return null;
    const path = join(this.dir, name);
    let sizeBytes: number;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) return null;
      sizeBytes = stats.size;
    } catch {
      return null;
    }
    return {
      id: name,
      kind: groups.kind as BackupKind,
      createdAt: instantOf(groups.stamp ?? ''),
      sizeBytes,
      verified: groups.unverified === undefined,
      fromVersion: groups.from === undefined ? null : Number(groups.from),
    };
  }
}

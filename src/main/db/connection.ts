import Database from 'better-sqlite3';
import { DomainError } from '@shared/result';

export type Db = Database.Database;

/**
 * How long the write-ahead log may grow before a commit copies it into the file itself (SQLite's own
 * checkpoint): 10,000 pages, 40 MB. The core copies it sooner, when writes pause (CoreDatabase.noteWrite).
 */
export const logCheckpointPages = 10_000;

/**
 * Opens a database file with the pragmas the app relies on, all set here and nowhere else.
 * WAL with synchronous=FULL: a committed change survives a crash or power loss.
 */
export function openDatabase(
  path: string,
  options: {
    readonly?: boolean;
    beforeWriting?: (db: Db) => void;
    trace?: (sql: string) => void;
    /** Caps the file's size in pages: how tests fill "the disk" without filling the machine's. */
    maxPageCount?: number;
  } = {},
): Db {
  const { trace } = options;
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(trace ? { verbose: (sql: unknown) => trace(String(sql)) } : {}),
  });
  db.pragma('busy_timeout = 5000');
  try {
    // Runs before the pragmas below, which write to the file (switching to WAL rewrites its header).
    options.beforeWriting?.(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // The core copies the log into the file when writes pause (CoreDatabase.noteWrite); SQLite's own copy,
      // inside whichever commit fills the log, is kept for a log that writes never let pause.
      db.pragma(`wal_autocheckpoint = ${logCheckpointPages}`);
      if (process.platform === 'darwin') db.pragma('fullfsync = ON');
      assertDurable(db);
    }
    db.pragma('foreign_keys = ON');
    // A write that fires triggers keeps, for each statement, the pages it changes in a statement journal
    // (to take the statement back alone); past 64 KB SQLite spills that journal to a temporary file. Kept
    // in memory, the 20,000 step inserts of a plan-file import, each noting its target, cost a fifth less.
    db.pragma('temp_store = MEMORY');
    // A transaction whose changed pages outgrow the cache writes them to the log and reads them back before
    // it commits: the 20,000 steps of a plan-file import took 1.6 to 1.7 s to write with 16 MB, 1.2 to 1.3 s
    // with 64. Changed pages may take up to 64 MB before that happens; unchanged ones are kept to 4 MB.
    // Not more: a commit after a split that renumbered pages (SQLite moves one past the end of the file
    // meanwhile) walks every page cached, as grid saves often do. With 16 MB cached after the screens'
    // reads, that walk took 3.4% of a grid save's time, and fetching pages from the cache 2.6%; with 4 MB,
    // 0.5% and 1.3% (sampled by perf). The reads missing the cache are served by the system's.
    db.pragma('cache_size = -4096');
    db.pragma('cache_spill = -65536');
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Reads the pragmas back: SQLite answers a `journal_mode` it cannot honour (a network drive, a database in
 * memory) with the mode it kept, silently. The app refuses to write without its durability guarantees.
 */
function assertDurable(db: Db): void {
  const problems = [
    db.pragma('journal_mode', { simple: true }) !== 'wal' && 'write-ahead logging is not available',
    db.pragma('synchronous', { simple: true }) !== 2 && 'full synchronous writes are not available',
    process.platform === 'darwin' &&
      db.pragma('fullfsync', { simple: true }) !== 1 &&
      'full flushes to the disk are not available',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) {
    throw new DomainError(
      'internal',
      `Stepwise cannot keep its data safe in ${db.name}: ${problems.join(', ')}. ` +
        'Keep the data folder on a local disk, not on a network drive.',
    );
  }
}

/** SQLite's `quick_check`: null when the file is sound, else what it found first. */
export function quickCheck(db: Db): string | null {
  const problems = db.pragma('quick_check') as { quick_check: string }[];
  const first = problems[0]?.quick_check ?? 'no answer';
  return first === 'ok' ? null : first;
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  // A connection made read-only after the disk filled up has nothing to optimise.
  if (!db.readonly && db.pragma('query_only', { simple: true }) === 0) db.pragma('optimize');
  db.close();
}

export const schemaVersionOf = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

import { SqliteError } from 'better-sqlite3';
import type { ZodError } from 'zod';
import {
  contract,
  isChannel,
  isTaskChannel,
  type EventName,
  type EventPayload,
  type TaskChannel,
} from '@shared/contract';
import { dayOf } from '@shared/dates';
import { DomainError, fail, ok, type AppError, type Result } from '@shared/result';
import type { Backup } from '@shared/domain/backups';
import type { Language } from '@shared/domain/settings';
import { entityNames } from '@shared/domain/history';
import { answersInRecovery, isImport, isImportPreview } from '../backup/policy';
import type { Db } from '../db/connection';
import type { MigrationOutcome } from '../db/migrate';
import { readSettings } from '../settings/repository';
import { ChangeWriter } from '../store/changes';
import { CoreDatabase, type ImportBackup } from './database';
import { noFiles, type FilePort } from './files';
import { noFolders, type FolderPort } from './folders';
import { handlers, taskHandlers } from './handlers';
import type { HandlerContext, TaskContext } from './handler';
import { PreviewStore } from './previews';
import { noPrinter, type PdfPrinter } from './printer';
import { refreshLevelSummary } from '../db/levelSummary';

export type EventListener = (event: EventName, payload: EventPayload<EventName>) => void;

export interface Core {
  /**
   * Validates channel and input with the contract and runs the handler in one transaction (a task: its
   * database work, in one transaction at the end); never throws.
   */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to the events main pushes to the renderer. */
  onEvent(listener: EventListener): () => void;
  /** Closes the data file, once the backups under way are taken. */
  close(): Promise<void>;
  /** Takes the scheduled backup if the newest one is a day old; the app calls it at start and hourly. */
  backupIfDue(): Promise<Backup | null>;
  readonly dbPath: string;
  readonly migration: MigrationOutcome;
}

export interface CoreOptions {
  dbPath: string;
  /** Where backups go (default: `backups/` beside the database). */
  backupDir?: string;
  /** The clock, replaceable so that tests can fix "today". */
  clock?: () => Date;
  /** How file channels choose the file to write or read (default: they fail, for scripts that need none). */
  files?: FilePort;
  /** How PDF exports print the report's view (default: they fail, for cores without a renderer). */
  printer?: PdfPrinter;
  /** How the backup folder is shown to the user (default: it cannot be). */
  folders?: FolderPort;
  /** Receives every SQL statement run, with its values: for query-plan tests and benchmarks. */
  trace?: (sql: string) => void;
  /** Caps the database file's size in pages: how tests fill the disk. */
  maxPageCount?: number;
  /**
   * Frames of write-ahead log written ahead when the file is opened, so that commits write over space
   * the log has rather than growing it (default: the 10,000 it may hold before SQLite copies it into the
   * file, 40 MB; 0 for none).
   */
  logReserve?: number;
  /** The built backup worker (`backupWorker.js`): backups are copied and checked there, off this thread. */
  backupWorkerUrl?: URL | string;
  /** The language a new database's settings start in: the user's system's (default: English). */
  systemLanguage?: Language;
}

/**
 * The one way to the database: opens the file, brings its schema up to date and answers every channel
 * of the contract. Electron's IPC layer, the e2e bridge and scripts all go through it.
 */
export function openCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const listeners = new Set<EventListener>();
  const emit: EventListener = (event, payload) => listeners.forEach((listener) => listener(event, payload));
  const previews = new PreviewStore();
  const database = CoreDatabase.open(
    { ...options, clock },
    {
      health: (health) => emit('app.health', health),
      replaced: () => {
        // Previews were read against the old data; every view reloads.
        previews.clear();
        emit('data.changed', { entities: [...entityNames] });
      },
    },
  );

  /**
   * Runs work in one transaction: it applies whole or not at all, recorded as one batch of changes. An
   * import's commit waits for the backup before it, when that is copied in a worker meanwhile.
   */
  const write = <T>(channel: string, work: (ctx: HandlerContext) => T, backup: ImportBackup | null): T => {
    const db = database.db;
    const now = clock();
    const changes = new ChangeWriter(db, now.toISOString(), () => readSettings(db).userName, channel);
    const value = inTransaction(db, () => {
      backup?.assertCurrent();
      const done = work({ db, changes, now: now.toISOString(), today: dayOf(now) });
      // The summary of levels follows the scores the triggers noted. Rows are written only through the
      // change writer (store/table.ts), so a call that recorded no change, a read, noted none.
      if (changes.entities.length > 0) refreshLevelSummary(db);
      backup?.finish();
      return done;
    });
    if (changes.entities.length > 0) {
      database.noteWrite();
      emit('data.changed', { entities: changes.entities });
    }
    return value;
  };
  const taskContext = (channel: TaskChannel, backup: ImportBackup | null): TaskContext => {
    const now = clock();
    const { generation } = database;
    const current = () => {
      database.assertGeneration(generation);
      return database.db;
    };
    return {
      files: options.files ?? noFiles,
      printer: options.printer ?? noPrinter,
      previews,
      maintenance: database,
      folders: options.folders ?? noFolders,
      read: (work) => {
        const db = current();
        return inTransaction(db, () => work(db));
      },
      write: (work) => {
        current();
        return write(channel, work, backup);
      },
      progress: (done, total) => emit('task.progress', { task: channel, done, total }),
      now: now.toISOString(),
      today: dayOf(now),
    };
  };

  return {
    dbPath: options.dbPath,
    get migration() {
      return database.migration;
    },
    invoke: async (channel, input) => {
      if (!isChannel(channel))
        return fail('unknown-channel', `There is no channel named ${String(channel)}.`);
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) return invalidInput(parsed.error);
      await database.idle();
      let backup: ImportBackup | null = null;
      try {
        if (!answersInRecovery.has(channel)) database.assertOpen();
        if (isImportPreview(channel)) database.startBackupBeforeImport();
        if (isImport(channel)) backup = await database.backupBeforeImport();
        if (isTaskChannel(channel)) {
          const task = taskHandlers[channel] as (input: unknown, ctx: TaskContext) => Promise<unknown>; // each task takes its own channel's parsed input
          return ok(await task(parsed.data, taskContext(channel, backup)));
        }
        const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown; // each handler takes its own channel's parsed input
        return ok(write(channel, (ctx) => handler(parsed.data, ctx), backup));
      } catch (error) {
        database.noteFailure(error);
        return { ok: false, error: toAppError(error, database.readOnly) };
      } finally {
        // An import refused before it wrote leaves its backup under way: the answer waits for it.
        await backup?.settled;
      }
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => database.close(),
    backupIfDue: () => database.backupIfDue(),
  };
}

/**
 * Runs work in a transaction of the connection. One transaction function per connection, made once:
 * better-sqlite3 builds four wrappers for each one made, a cost that every call would pay.
 */
const transactions = new WeakMap<Db, (work: () => unknown) => unknown>();
function inTransaction<T>(db: Db, work: () => T): T {
  let run = transactions.get(db);
  if (!run) {
    run = db.transaction((w: () => unknown) => w());
    transactions.set(db, run);
  }
  return run(work) as T;
}

function invalidInput(error: ZodError): Result<never> {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const message = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'The input is not valid.';
  return fail('invalid-input', message, path);
}

function toAppError(error: unknown, readOnly: boolean): AppError {
  if (error instanceof DomainError) return error.toData();
  if (error instanceof SqliteError) {
    if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return { code: 'conflict', message: 'Something with the same name or key already exists.' };
    }
    if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return { code: 'invalid-input', message: 'It refers to something that does not exist (any more).' };
    }
    if (error.code === 'SQLITE_FULL') {
      return {
        code: 'disk-full',
        message:
          'The disk is full: the change was not saved, and the data stays read-only until there is room.',
      };
    }
    if (error.code === 'SQLITE_READONLY' && readOnly) {
      return {
        code: 'read-only',
        message: 'The data is read-only since the disk filled up: nothing was changed.',
      };
    }
    if (error.code.startsWith('SQLITE_CORRUPT')) {
      return {
        code: 'damaged',
        message: 'The data file is damaged: restart Stepwise to check and recover it.',
      };
    }
  }
  if ((error as NodeJS.ErrnoException | null)?.code === 'ENOSPC') {
    return { code: 'disk-full', message: 'The disk is full: the file could not be written.' };
  }
  return {
    code: 'internal',
    message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
  };
}

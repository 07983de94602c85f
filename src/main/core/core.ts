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
import { closeDatabase, openDatabase } from '../db/connection';
import { assertKnownSchema, migrate, type MigrationOutcome } from '../db/migrate';
import { readSettings } from '../settings/repository';
import { ChangeWriter } from '../store/changes';
import { noFiles, type FilePort } from './files';
import { handlers, taskHandlers } from './handlers';
import type { HandlerContext, TaskContext } from './handler';
import { PreviewStore } from './previews';

export type EventListener = (event: EventName, payload: EventPayload<EventName>) => void;

export interface Core {
  /**
   * Validates channel and input with the contract and runs the handler in one transaction (a task: its
   * database work, in one transaction at the end); never throws.
   */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to the events main pushes to the renderer. */
  onEvent(listener: EventListener): () => void;
  close(): void;
  readonly dbPath: string;
  readonly migration: MigrationOutcome;
}

export interface CoreOptions {
  dbPath: string;
  /** Where copies taken before a migration go (default: `backups/` beside the database). */
  backupDir?: string;
  /** The clock, replaceable so that tests can fix "today". */
  clock?: () => Date;
  /** How file channels choose the file to write or read (default: they fail, for scripts that need none). */
  files?: FilePort;
  /** Receives every SQL statement run, with its values: for query-plan tests and benchmarks. */
  trace?: (sql: string) => void;
}

/**
 * The one way to the database: opens the file, brings its schema up to date and answers every channel
 * of the contract. Electron's IPC layer, the e2e bridge and scripts all go through it.
 */
export function openCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase(options.dbPath, {
    beforeWriting: assertKnownSchema,
    ...(options.trace ? { trace: options.trace } : {}),
  });
  let migration: MigrationOutcome;
  try {
    migration = migrate(db, {
      now: clock().toISOString(),
      ...(options.backupDir ? { backupDir: options.backupDir } : {}),
    });
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
  const listeners = new Set<EventListener>();
  const emit: EventListener = (event, payload) => listeners.forEach((listener) => listener(event, payload));
  const previews = new PreviewStore();

  /** Runs work in one transaction: it applies whole or not at all, recorded as one batch of changes. */
  const write = <T>(channel: string, work: (ctx: HandlerContext) => T): T => {
    const now = clock();
    const changes = new ChangeWriter(db, now.toISOString(), readSettings(db).userName, channel);
    const value = db.transaction(() => work({ db, changes, now: now.toISOString(), today: dayOf(now) }))();
    if (changes.entities.length > 0) emit('data.changed', { entities: changes.entities });
    return value;
  };
  const taskContext = (channel: TaskChannel): TaskContext => {
    const now = clock();
    return {
      files: options.files ?? noFiles,
      previews,
      read: (work) => db.transaction(() => work(db))(),
      write: (work) => write(channel, work),
      progress: (done, total) => emit('task.progress', { task: channel, done, total }),
      now: now.toISOString(),
      today: dayOf(now),
    };
  };

  return {
    dbPath: options.dbPath,
    migration,
    invoke: async (channel, input) => {
      if (!isChannel(channel))
        return fail('unknown-channel', `There is no channel named ${String(channel)}.`);
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) return invalidInput(parsed.error);
      try {
        if (isTaskChannel(channel)) {
          const task = taskHandlers[channel] as (input: unknown, ctx: TaskContext) => Promise<unknown>; // each task takes its own channel's parsed input
          return ok(await task(parsed.data, taskContext(channel)));
        }
        const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown; // each handler takes its own channel's parsed input
        return ok(write(channel, (ctx) => handler(parsed.data, ctx)));
      } catch (error) {
        return { ok: false, error: toAppError(error) };
      }
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => closeDatabase(db),
  };
}

function invalidInput(error: ZodError): Result<never> {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const message = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'The input is not valid.';
  return fail('invalid-input', message, path);
}

function toAppError(error: unknown): AppError {
  if (error instanceof DomainError) {
    return error.path === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, path: error.path };
  }
  if (error instanceof SqliteError) {
    if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return { code: 'conflict', message: 'Something with the same name or key already exists.' };
    }
    if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return { code: 'invalid-input', message: 'It refers to something that does not exist (any more).' };
    }
  }
  return {
    code: 'internal',
    message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
  };
}

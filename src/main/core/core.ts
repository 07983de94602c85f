import { SqliteError } from 'better-sqlite3';
import type { ZodError } from 'zod';
import { contract, isChannel, type EventName, type EventPayload } from '@shared/contract';
import { dayOf } from '@shared/dates';
import type { EntityName } from '@shared/domain/history';
import { DomainError, fail, ok, type AppError, type Result } from '@shared/result';
import { closeDatabase, openDatabase, type Db } from '../db/connection';
import { assertKnownSchema, migrate, type MigrationOutcome } from '../db/migrate';
import { readSettings } from '../settings/repository';
import { ChangeWriter } from '../store/changes';
import { handlers } from './handlers';
import type { HandlerContext } from './handler';

export type EventListener = (event: EventName, payload: EventPayload<EventName>) => void;

export interface Core {
  /** Validates channel and input with the contract, runs the handler in one transaction, never throws. */
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

  return {
    dbPath: options.dbPath,
    migration,
    invoke: async (channel, input) => {
      if (!isChannel(channel))
        return fail('unknown-channel', `There is no channel named ${String(channel)}.`);
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) return invalidInput(parsed.error);
      const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown; // each handler takes its own channel's parsed input
      const result = run(db, clock(), channel, (ctx) => handler(parsed.data, ctx));
      if (!result.ok) return { ok: false, error: result.error };
      if (result.touched.length > 0) emit('data.changed', { entities: result.touched });
      return ok(result.value);
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => closeDatabase(db),
  };
}

type RunResult = { ok: true; value: unknown; touched: EntityName[] } | { ok: false; error: AppError };

/** Runs one handler in one transaction: it applies whole or not at all. */
function run(db: Db, now: Date, channel: string, handler: (ctx: HandlerContext) => unknown): RunResult {
  try {
    const changes = new ChangeWriter(db, now.toISOString(), readSettings(db).userName, channel);
    const value = db.transaction(() => handler({ db, changes, now: now.toISOString(), today: dayOf(now) }))();
    return { ok: true, value, touched: changes.entities };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
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

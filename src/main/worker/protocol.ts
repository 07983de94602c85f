/**
 * The messages between the main thread and the core's worker: plain data, copied by structured clone.
 * Calls go both ways with the same envelope: main calls the core (`invoke`, `backupIfDue`, `close`), the
 * worker calls the ports only the main thread can answer (a file dialog, the PDF printer, a folder).
 */
import type { EventName, EventPayload } from '@shared/contract';
import type { Backup } from '@shared/domain/backups';
import type { Language } from '@shared/domain/settings';
import { DomainError, type AppError, type Result } from '@shared/result';
import type { MigrationOutcome } from '../db/migrate';
import type { FilePort } from '../core/files';
import type { FolderPort } from '../core/folders';
import type { PdfPrinter } from '../core/printer';

/** What the worker opens: the core's options that are plain data (its ports are proxied). */
export interface CoreWorkerData {
  dbPath: string;
  backupDir?: string;
  maxPageCount?: number;
  /** The built backup worker, which the core starts for each backup. */
  backupWorkerUrl?: string;
  /** The language a new database's settings start in (CoreOptions). */
  systemLanguage?: Language;
}

/** What main asks of the core in the worker. */
export type WorkerMethods = {
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  backupIfDue(): Promise<Backup | null>;
  /** Closes the database (SQLite checkpoints its log as the last connection closes). */
  close(): Promise<void>;
};

/** What the worker asks of main: the core's ports that need Electron. */
export type MainMethods = {
  chooseSavePath: FilePort['chooseSavePath'];
  chooseOpenPath: FilePort['chooseOpenPath'];
  print: PdfPrinter['print'];
  openFolder: FolderPort['open'];
};

export interface CallMessage {
  type: 'call';
  id: number;
  method: string;
  args: unknown[];
}
export type ReplyMessage = { type: 'reply'; id: number } & (
  { ok: true; value: unknown } | { ok: false; error: AppError }
);
export interface EventMessage {
  type: 'event';
  event: EventName;
  payload: EventPayload<EventName>;
}
/** The worker's first message: the core is open, or why it could not be. */
export type StartMessage =
  { type: 'ready'; migration: MigrationOutcome } | { type: 'failed'; error: AppError };
export type Message = CallMessage | ReplyMessage | EventMessage | StartMessage;

type Methods = { [method: string]: (...args: never[]) => Promise<unknown> };

/** A thrown error as plain data: a domain error keeps its code, anything else is `internal`. */
export function errorData(error: unknown): AppError {
  if (error instanceof DomainError) return error.toData();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * One side of the calls: sends calls to the other side and settles them with its replies, and answers
 * the other side's calls with `local`. An error crosses as a DomainError with the same code and message.
 */
export class Calls<Local extends Methods, Remote extends Methods> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  constructor(
    private readonly post: (message: CallMessage | ReplyMessage) => void,
    private readonly local: Local,
  ) {}

  call<M extends keyof Remote & string>(method: M, ...args: Parameters<Remote[M]>): ReturnType<Remote[M]> {
    const id = this.nextId;
    this.nextId += 1;
    const settled = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.post({ type: 'call', id, method, args });
    return settled as ReturnType<Remote[M]>;
  }

  /** Handles a call or a reply; returns false for any other message. */
  receive(message: Message): boolean {
    if (message.type === 'reply') {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) call?.resolve(message.value);
      else call?.reject(new DomainError(message.error.code, message.error.message, message.error.path));
      return true;
    }
    if (message.type !== 'call') return false;
    const { id, method, args } = message;
    const answer = Object.hasOwn(this.local, method)
      ? (this.local[method] as (...args: unknown[]) => Promise<unknown>)
      : () => Promise.reject(new Error(`There is no method named ${method}.`));
    answer(...args).then(
      (value) => this.post({ type: 'reply', id, ok: true, value }),
      (error: unknown) => this.post({ type: 'reply', id, ok: false, error: errorData(error) }),
    );
    return true;
  }

  /** Rejects every call still waiting for its reply: the other side is gone. */
  failAll(error: AppError): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(new DomainError(error.code, error.message));
  }
}

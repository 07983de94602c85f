import type { Channel, Output, ParsedInput, TaskChannel } from '@shared/contract';
import type { Db } from '../db/connection';
import type { ChangeWriter } from '../store/changes';
import type { Maintenance } from './database';
import type { FilePort } from './files';
import type { FolderPort } from './folders';
import type { PreviewStore } from './previews';
import type { PdfPrinter } from './printer';

export interface HandlerContext {
  db: Db;
  /** Writes rows and records them in the change history, in this call's transaction. */
  changes: ChangeWriter;
  /** This call's clock, as an ISO instant and as a calendar day. */
  now: string;
  today: string;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Output<C>;
export type Handlers = { [C in Exclude<Channel, TaskChannel>]: Handler<C> };

/** Declares the handlers of one domain; the core checks that together they cover the contract. */
export const defineHandlers = <K extends Exclude<Channel, TaskChannel>>(handlers: { [C in K]: Handler<C> }) =>
  handlers;

/**
 * What a task may do. It runs outside any transaction while it waits on the user or on files, so it
 * touches the database only through `read` and `write`, each one transaction: the work between them
 * (reading and parsing a file) holds no lock and could move to a worker.
 */
export interface TaskContext {
  files: FilePort;
  printer: PdfPrinter;
  previews: PreviewStore;
  /** The data file itself: backups, restore, recovery, read-only mode. */
  maintenance: Maintenance;
  folders: FolderPort;
  /** Reads in one transaction: a consistent view of the data. */
  read<T>(work: (db: Db) => T): T;
  /** Writes in one transaction through the change history, as a handler does: it lands whole or not at all. */
  write<T>(work: (ctx: HandlerContext) => T): T;
  /** Reports how far the task is, as the `task.progress` event. */
  progress(done: number, total: number): void;
  now: string;
  today: string;
}

export type TaskHandler<C extends TaskChannel> = (
  input: ParsedInput<C>,
  ctx: TaskContext,
) => Promise<Output<C>>;
export type TaskHandlers = { [C in TaskChannel]: TaskHandler<C> };

export const defineTasks = <K extends TaskChannel>(tasks: { [C in K]: TaskHandler<C> }) => tasks;

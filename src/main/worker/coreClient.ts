/**
 * The core as main sees it when it runs in a worker thread: the same calls as `openCore`'s, answered by
 * the worker, while the main thread stays free for the windows. The ports the core is given are answered
 * here, in the main thread. A worker that dies fails its pending calls with a typed error and is started
 * again on the same file.
 */
import { Worker } from 'node:worker_threads';
import type { AppError, Result } from '@shared/result';
import type { Core, CoreOptions, EventListener } from '../core/core';
import { noFiles } from '../core/files';
import { noFolders } from '../core/folders';
import { noPrinter } from '../core/printer';
import type { MigrationOutcome } from '../db/migrate';
import {
  Calls,
  errorData,
  type CoreWorkerData,
  type MainMethods,
  type Message,
  type WorkerMethods,
} from './protocol';

export interface CoreClientOptions
  extends CoreWorkerData, Pick<CoreOptions, 'files' | 'printer' | 'folders'> {
  /** The built worker script (`coreWorker.js` beside the main bundle). */
  workerUrl: URL | string;
}

export interface CoreClient extends Pick<Core, 'invoke' | 'onEvent' | 'backupIfDue' | 'dbPath'> {
  /** What opening the file did to its schema, the first time the worker opened it. */
  readonly migration: MigrationOutcome;
  /** Closes the database in the worker, then ends the worker. */
  close(): Promise<void>;
}

interface Running {
  worker: Worker;
  calls: Calls<MainMethods, WorkerMethods>;
}

/** Starts the worker and resolves once the core is open in it; rejects with the reason it could not be. */
export async function startCoreClient(options: CoreClientOptions): Promise<CoreClient> {
  const { workerUrl, files = noFiles, printer = noPrinter, folders = noFolders, ...data } = options;
  const listeners = new Set<EventListener>();
  const ports: MainMethods = {
    chooseSavePath: (request) => files.chooseSavePath(request),
    chooseOpenPath: (request) => files.chooseOpenPath(request),
    print: (request) => printer.print(request),
    openFolder: (path) => folders.open(path),
  };
  let closing = false;
  let current: Promise<Running>;

  const spawn = () =>
    new Promise<Running & { migration: MigrationOutcome }>((ready, failed) => {
      const worker = new Worker(workerUrl, { workerData: data satisfies CoreWorkerData });
      const calls = new Calls<MainMethods, WorkerMethods>((message) => worker.postMessage(message), ports);
      let started = false;
      let crash = 'it stopped';
      worker.on('message', (message: Message) => {
        if (message.type === 'event')
          listeners.forEach((listener) => listener(message.event, message.payload));
        else if (message.type === 'ready') {
          started = true;
          ready({ worker, calls, migration: message.migration });
        } else if (message.type === 'failed') failed(new Error(message.error.message));
        else calls.receive(message);
      });
      worker.on('error', (error) => {
        crash = errorData(error).message;
      });
      worker.on('exit', (code) => {
        if (!started) {
          failed(new Error(`The Stepwise core could not start: ${crash} (exit code ${code}).`));
          return;
        }
        calls.failAll(closing ? closingError : crashedError(crash));
        if (closing) return;
        current = spawn();
        // A worker that cannot start again is reported to the next call.
        current.catch(() => undefined);
      });
    });

  const first = await spawn();
  current = Promise.resolve(first);

  /** The running worker, or the typed error of one that is closing or could not start again. */
  const running = async (): Promise<Running | AppError> =>
    closing
      ? closingError
      : current.catch((error: unknown) => ({
          code: 'internal' as const,
          message: `The Stepwise core stopped and could not start again: ${errorData(error).message} Restart Stepwise.`,
        }));

  const closeWorker = async () => {
    const worker = await running();
    closing = true;
    if (!('calls' in worker)) return;
    await worker.calls.call('close');
    await worker.worker.terminate();
  };
  let closed: Promise<void> | undefined;

  return {
    dbPath: data.dbPath,
    migration: first.migration,
    invoke: async (channel, input): Promise<Result<unknown>> => {
      const worker = await running();
      if (!('calls' in worker)) return { ok: false, error: worker };
      return worker.calls
        .call('invoke', channel, input)
        .catch((error: unknown) => ({ ok: false, error: errorData(error) }));
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backupIfDue: async () => {
      const worker = await running();
      if (!('calls' in worker)) throw new Error(worker.message);
      return worker.calls.call('backupIfDue');
    },
    close: () => (closed ??= closeWorker()),
  };
}

const closingError: AppError = {
  code: 'internal',
  message: 'Stepwise is closing: the request was not finished.',
};

const crashedError = (reason: string): AppError => ({
  code: 'internal',
  message: `The Stepwise core stopped unexpectedly (${reason}) and is starting again: try again.`,
});

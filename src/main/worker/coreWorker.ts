/**
 * The core's worker thread: opens the database and answers main's calls, so that no request (an import,
 * an export) ever holds up the main thread. Its ports ask main, which owns the dialogs and the windows.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openCore, type Core } from '../core/core';
import type { FilePort } from '../core/files';
import {
  Calls,
  errorData,
  type CoreWorkerData,
  type MainMethods,
  type Message,
  type WorkerMethods,
} from './protocol';

if (!parentPort) throw new Error('The core worker runs in a worker thread.');
const port = parentPort;
const post = (message: Message) => port.postMessage(message);

let core: Core;
const calls: Calls<WorkerMethods, MainMethods> = new Calls<WorkerMethods, MainMethods>(post, {
  invoke: (channel, input) => core.invoke(channel, input),
  backupIfDue: () => core.backupIfDue(),
  close: () => core.close(),
});
const files: FilePort = {
  chooseSavePath: (options) => calls.call('chooseSavePath', options),
  chooseOpenPath: (options) => calls.call('chooseOpenPath', options),
};

port.on('message', (message: Message) => calls.receive(message));
try {
  core = openCore({
    ...(workerData as CoreWorkerData),
    files,
    printer: { print: (request) => calls.call('print', request) },
    folders: { open: (path) => calls.call('openFolder', path) },
  });
  core.onEvent((event, payload) => post({ type: 'event', event, payload }));
  post({ type: 'ready', migration: core.migration });
} catch (error) {
  post({ type: 'failed', error: errorData(error) });
  port.close();
}

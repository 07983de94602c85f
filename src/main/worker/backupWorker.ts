/**
 * A backup's worker thread: copies the database on a connection of its own, checks the copy, answers
 * with the check and ends. See `backup/worker.ts`.
 */
import { workerData } from 'node:worker_threads';
import type { CopyJob, CopyOutcome } from '../backup/worker';

const { dbPath, part, port, posted } = workerData as CopyJob;
/** Wakes a thread blocked until this backup is done: its outcome is on the port, or never will be. */
const wake = () => {
  Atomics.store(posted, 0, 1);
  Atomics.notify(posted, 0);
};
// Whatever ends the thread wakes it, an error this file does not catch included: registered before the
// copying code is even loaded, which may itself fail.
process.on('exit', wake);

let outcome: CopyOutcome;
try {
  const { copyDatabaseFile } = await import('../backup/folder');
  outcome = { problem: await copyDatabaseFile(dbPath, part) };
} catch (error) {
  const { code } = error as NodeJS.ErrnoException;
  outcome = {
    error: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}
port.postMessage(outcome);
wake();

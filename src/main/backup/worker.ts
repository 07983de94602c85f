/**
 * Backups copied and checked in a worker thread of their own: at 190 MB that takes half a second or more,
 * which the core's thread then spends on other work (an import's preview, or its merge).
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { copyInThisThread, type CopyWriter } from './folder';

/** What the worker is given: the database to copy, where the copy goes, and where to answer. */
export interface CopyJob {
  dbPath: string;
  part: string;
  /** Receives the outcome. */
  port: MessagePort;
  /**
   * Set to 1 once the outcome is on the port, or the worker ends without one: a thread that blocks until
   * the backup is done waits on it.
   */
  posted: Int32Array;
}

/**
 * What it answers: the copy's check (null when sound, else SQLite's complaint), or why it failed, with
 * the error's code (a full disk is `ENOSPC`).
 */
export type CopyOutcome = { problem: string | null } | { error: string; code?: string };

/** The error a failed outcome stands for, its code kept. */
const errorOf = ({ error, code }: { error: string; code?: string }) =>
  Object.assign(new Error(error), code === undefined ? {} : { code });

/** How long a thread blocked on a backup waits before giving up on it. */
const blockedWaitLimitMs = 120_000;

/**
 * Copies in the worker built from `src/main/worker/backupWorker.ts`. A database in memory, or opened
 * read-only, has no file another connection could copy: it is copied in this thread.
 */
export function copyInWorker(workerUrl: URL | string): CopyWriter {
  return (db, part) => {
    if (db.memory || db.readonly) return copyInThisThread(db, part);
    const { port1: answers, port2: port } = new MessageChannel();
    const posted = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const worker = new Worker(workerUrl, {
      workerData: { dbPath: db.name, part, port, posted } satisfies CopyJob,
      transferList: [port],
    });
    let outcome: CopyOutcome | undefined;
    const check = Promise.withResolvers<string | null>();
    const settle = (received: CopyOutcome) => {
      outcome ??= received;
      answers.close();
      if ('error' in outcome) check.reject(errorOf(outcome));
      else check.resolve(outcome.problem);
    };
    /** Settles with the answer waiting on the port, else with why there is none. */
    const settleFromPort = (why: string) =>
      settle((receiveMessageOnPort(answers)?.message as CopyOutcome | undefined) ?? { error: why });
    answers.once('message', settle);
    worker.once('error', (error) => settle({ error: error.message }));
    worker.once('exit', (code) => {
      if (outcome === undefined) settleFromPort(`The backup's worker stopped (exit code ${code}).`);
    });
    const checkNow = () => {
      if (outcome === undefined) {
        if (Atomics.wait(posted, 0, 0, blockedWaitLimitMs) === 'timed-out') {
          throw new Error(`The backup took more than ${blockedWaitLimitMs / 1000} s.`);
        }
        settleFromPort("The backup's worker stopped before it answered.");
      }
      const known = outcome as CopyOutcome;
      if ('error' in known) throw errorOf(known);
      return known.problem;
    };
    return { check: check.promise, checkNow };
  };
}

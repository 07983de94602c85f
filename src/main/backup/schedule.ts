import type { Core } from '../core/core';

const hourMs = 60 * 60 * 1000;

/**
 * Takes the daily backup while the app runs: at once if the newest is a day old, then checked every hour
 * (a laptop asleep overnight catches up when it wakes). Returns what stops it.
 */
export function startBackupSchedule(
  core: Pick<Core, 'backupIfDue'>,
  onError: (error: unknown) => void,
  everyMs = hourMs,
): () => void {
  const check = () => {
    core.backupIfDue().catch(onError);
  };
  check();
  const timer = setInterval(check, everyMs);
  // The schedule alone never keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

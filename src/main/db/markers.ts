/**
 * Unclean-exit markers: each process that opens the database leaves a small file beside it, named with its
 * process id, and removes it when it closes the database properly. A marker whose process is gone means
 * that process was killed, crashed or lost power with the database open: the next start checks the file.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncFolder } from './files';

const prefixOf = (dbPath: string) => `${basename(dbPath)}.running-`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The markers left by processes that did not close the database properly. */
export function uncleanExits(dbPath: string): string[] {
  const folder = dirname(dbPath);
  const prefix = prefixOf(dbPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix))
    .filter((name) => {
      const pid = Number(name.slice(prefix.length));
      return !Number.isInteger(pid) || pid <= 0 || !isRunning(pid);
    })
    .map((name) => join(folder, name));
}

/** Marks the database as open by this process; returns the marker's path. */
export function markOpen(dbPath: string, now: string): string {
  const path = join(dirname(dbPath), `${prefixOf(dbPath)}${process.pid}`);
  writeFileSync(path, `${now}\n`);
  // Durable before the first write, or a power cut could lose the marker but keep half a write.
  fsyncFolder(dirname(dbPath));
  return path;
}

export function removeMarkers(paths: readonly string[]): void {
  for (const path of paths) rmSync(path, { force: true });
}

/** The files a database is made of, and how to make their names and moves survive a power cut. */
import { closeSync, existsSync, fsync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

/** SQLite keeps a database in up to three files: the main file, its write-ahead log and its index. */
export const companionSuffixes = ['-wal', '-shm', '-journal'] as const;

/** Flushes a file's content to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * `fsyncFile`, in the thread pool: the request is made before this returns, so the flush goes on while
 * this thread works, even synchronously.
 */
export function flushInBackground(path: string): Promise<void> {
  const fd = openSync(path, 'r+');
  return new Promise((resolve, reject) =>
    fsync(fd, (error) => {
      closeSync(fd);
      if (error) reject(error);
      else resolve();
    }),
  );
}

/** Flushes a folder's entries, so that a file created or renamed in it is still there after a power cut. */
export function fsyncFolder(path: string): void {
  // Windows cannot open a folder as a file; NTFS journals its entries itself.
  if (process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Renames a database and its companion files together, so that a log never ends up beside another
 * database than its own. Returns the new paths of the files that existed.
 */
export function moveDatabase(from: string, to: string): string[] {
  const moved: string[] = [];
  for (const suffix of ['', ...companionSuffixes]) {
    if (!existsSync(from + suffix)) continue;
    renameSync(from + suffix, to + suffix);
    moved.push(to + suffix);
  }
  fsyncFolder(dirname(to));
  if (dirname(from) !== dirname(to)) fsyncFolder(dirname(from));
  return moved;
}

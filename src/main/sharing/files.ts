/** Reading and writing the files the user chose: size-capped reads, writes that never leave half a file. */
import { randomUUID } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DomainError } from '@shared/result';
import type { FileFilter } from '../core/files';

export const filters = {
  planFile: { name: 'Stepwise plan', extensions: ['json'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  register: { name: 'CSI register (CSV, Excel)', extensions: ['csv', 'txt', 'xlsx'] },
} satisfies Record<string, FileFilter>;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Reads a whole file, refusing one larger than `maxBytes` before reading any of it. */
export async function readCapped(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new DomainError('not-found', `${basename(path)} cannot be opened: ${error.code ?? error.message}.`);
  });
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new DomainError(
        'invalid-input',
        `${basename(path)} is larger than ${megabytes(maxBytes)}: it is not read.`,
        'file',
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Writes beside the target then renames: a crash or a full disk never leaves a truncated export. */
export async function writeWhole(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.part`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A file name from a plan's title that every file system accepts. */
export function fileNameFor(title: string, suffix: string): string {
  const stem = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim();
  return `${stem || 'plan'}${suffix}`;
}

/**
 * Caps on a ZIP archive (an XLSX file), checked before any library inflates it: a small file can hold
 * gigabytes of zeros. Reads the central directory (entry count, declared sizes) and then inflates each
 * entry with its declared size as a hard limit, so a directory that lies is caught too.
 */
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '@shared/result';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

const endOfDirectorySignature = 0x06054b50;
const directorySignature = 0x02014b50;
const localSignature = 0x04034b50;

const refuse = (reason: string) =>
  new DomainError('invalid-input', `The spreadsheet is refused: ${reason}.`, 'file');

export function checkZip(bytes: Buffer, limits: ZipLimits): void {
  const end = findEndOfDirectory(bytes);
  const entries = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw refuse('it is a ZIP64 archive, too large');
  if (entries > limits.maxEntries) throw refuse(`it holds ${entries} files, more than ${limits.maxEntries}`);
  if (directoryOffset + directorySize > end) throw refuse('its file list is damaged');

  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== directorySignature)
      throw refuse('its file list is damaged');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    total += size;
    if (total > limits.maxUncompressedBytes) {
      throw refuse(`it would unpack to more than ${Math.round(limits.maxUncompressedBytes / 2 ** 20)} MB`);
    }
    if (flags & 0x1) throw refuse('it is encrypted');
    checkEntry(bytes, { method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
}

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) === endOfDirectorySignature) return at;
  }
  throw refuse('it is not an XLSX (ZIP) file');
}

/** Inflates one entry with its declared size as the limit: more data than declared is a bomb. */
function checkEntry(
  bytes: Buffer,
  entry: { method: number; compressedSize: number; size: number; localOffset: number },
): void {
  const { localOffset: at } = entry;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== localSignature)
    throw refuse('a file in it is damaged');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw refuse('a file in it is damaged');
    return;
  }
  if (entry.method !== 8) throw refuse('it uses an unknown compression');
  try {
    // One byte over the declared size is enough to know that it lies.
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
    if (inflated.length !== entry.size) throw refuse('a file in it is not the size it declares');
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refuse('a file in it is damaged or unpacks to more than it declares');
  }
}

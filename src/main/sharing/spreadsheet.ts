/** A spreadsheet the user chose to import (a CSI register, survey responses), read as cells whatever its kind. */
import { DomainError } from '@shared/result';
import { decodeText, readCsv } from './csv';
import { readCapped } from './files';
import type { Cell } from './sheets';
import { readXlsx } from './xlsx';
import type { ZipLimits } from './zip';

export interface SpreadsheetLimits extends ZipLimits {
  maxBytes: number;
  maxRows: number;
  maxColumns: number;
}

/** The cells of an XLSX (a ZIP archive) or a CSV, whatever the file's name says. */
export async function readSpreadsheet(path: string, limits: SpreadsheetLimits): Promise<Cell[][]> {
  const bytes = await readCapped(path, limits.maxBytes);
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return readXlsx(bytes, limits);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new DomainError(
      'invalid-input',
      'This is an old Excel file (.xls): save it as .xlsx or .csv.',
      'file',
    );
  }
  return readCsv(decodeText(bytes), limits.maxRows);
}

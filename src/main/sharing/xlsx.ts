/**
 * XLSX with exceljs: the plan's workbook written with real dates and numbers, and a register's first
 * sheet read back as cells. Reading checks the archive's caps first (zip.ts) and never evaluates a
 * formula: a cell gives the value its spreadsheet last computed, or else the formula's text.
 */
import type ExcelJS from 'exceljs';
import { DomainError } from '@shared/result';
import { isDayCell, neutralizeFormula, type Cell, type Sheet } from './sheets';
import { checkZip, type ZipLimits } from './zip';

const dateFormat = 'yyyy-mm-dd';
/** Loaded when a workbook is written or read: it is large, and most calls (and CLI commands) need none. */
const loadExcelJs = async () => (await import('exceljs')).default;
const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export async function writeXlsx(sheets: readonly Sheet[], onSheet: (done: number) => void): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Stepwise';
  sheets.forEach((sheet, i) => {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: neutralizeFormula(column.header),
      width: column.width,
      style: column.numFmt ? { numFmt: column.numFmt } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row.map(toExcel));
      row.forEach((cell, c) => {
        if (isDayCell(cell)) added.getCell(c + 1).numFmt = dateFormat;
        else if (typeof cell === 'string' && cell.includes('\n'))
          added.getCell(c + 1).alignment = { wrapText: true, vertical: 'top' };
      });
    }
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    onSheet(i + 1);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function toExcel(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'number') return cell;
  if (isDayCell(cell)) return utcDate(cell.day);
  return neutralizeFormula(cell);
}

/** The cells of a workbook's first sheet that holds anything, row by row (1-based rows become indexes). */
export async function readXlsx(
  bytes: Buffer,
  limits: ZipLimits & { maxRows: number; maxColumns: number },
): Promise<Cell[][]> {
  checkZip(bytes, limits);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs types its input as its own Buffer alias, which Node's Buffer is at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new DomainError(
      'invalid-input',
      `The spreadsheet cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
      'file',
    );
  }
  const worksheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!worksheet) return [];
  if (worksheet.rowCount > limits.maxRows) {
    throw new DomainError(
      'invalid-input',
      `The sheet has more than ${limits.maxRows} rows: it is not read.`,
      'file',
    );
  }
  const grid: Cell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    // One stray cell far to the right would make every row that wide: columns past the cap are not read.
    const columns = Math.min(worksheet.columnCount, limits.maxColumns);
    for (let c = 1; c <= columns; c += 1) cells.push(fromExcel(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

function fromExcel(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return { day: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as { result?: ExcelJS.CellValue; formula?: string };
    if (result !== undefined && !(typeof result === 'object' && result !== null && 'error' in result))
      return fromExcel(result);
    return `=${(value as { formula?: string }).formula ?? ''}`;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

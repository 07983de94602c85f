import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/main/sharing/csv';
import type { Sheet } from '../../../src/main/sharing/sheets';
import { writeXlsx } from '../../../src/main/sharing/xlsx';

/** What a hostile title may start with, for a spreadsheet to run it: each is kept as text. */
const leads = ['=', '+', '-', '@', '\t', '\r'] as const;
const titles = leads.map((lead) => `${lead}cmd|' /C calc'!A0`);
const sheet: Sheet = {
  name: 'Steps',
  columns: [
    { header: 'Title', width: 40 },
    { header: 'Cost', width: 10 },
  ],
  rows: [...titles.map((title) => [title, -12.5]), ['A plain title - with a dash inside', 3]],
};

describe('text that a spreadsheet would run as a formula', () => {
  it('gets a leading apostrophe in CSV, while numbers, negative ones too, stay numbers', () => {
    const [, ...lines] = writeCsv(sheet, 'en')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    // Tabs and carriage returns need quotes as well; the apostrophe comes first inside them.
    expect(lines.slice(0, leads.length)).toEqual([
      `'=cmd|' /C calc'!A0,-12.5`,
      `'+cmd|' /C calc'!A0,-12.5`,
      `'-cmd|' /C calc'!A0,-12.5`,
      `'@cmd|' /C calc'!A0,-12.5`,
      `"'\tcmd|' /C calc'!A0",-12.5`,
      `"'\rcmd|' /C calc'!A0",-12.5`,
    ]);
    expect(lines[leads.length]).toBe('A plain title - with a dash inside,3');
  });

  it('is written as text, never as a formula, in XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await writeXlsx([sheet], () => {});
    // exceljs types its input as its own Buffer alias, which Node's Buffer is at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const rows = workbook.getWorksheet('Steps')!.getRows(2, leads.length + 1)!;
    for (const [i, row] of rows.slice(0, leads.length).entries()) {
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      // XML reads a carriage return back as a line feed.
      expect(row.getCell(1).value).toBe(`'${titles[i]!.replace('\r', '\n')}`);
      expect(row.getCell(2).value).toBe(-12.5);
    }
    expect(rows[leads.length]!.getCell(1).value).toBe('A plain title - with a dash inside');
  });
});

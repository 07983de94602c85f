import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const run = promisify(execFile);

/**
 * Opens files with LibreOffice, as a user's spreadsheet would, and saves what it understood as XLSX.
 * Each call has its own profile, so conversions can run side by side. `infilter` says how to read a CSV
 * (e.g. `CSV:59,34,76,1,,1036`: `;`, `"`, UTF-8, from line 1, French number and date formats).
 */
export async function openWithLibreOffice(
  files: readonly string[],
  options: { outDir: string; infilter?: string },
): Promise<string[]> {
  mkdirSync(options.outDir, { recursive: true });
  const profile = mkdtempSync(join(options.outDir, 'profile-'));
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      '--convert-to',
      'xlsx',
      '--outdir',
      options.outDir,
      ...files,
    ],
    { timeout: 110_000 },
  );
  return files.map((file) => join(options.outDir, `${basename(file, extname(file))}.xlsx`));
}

/** The values of every sheet of a workbook, row by row, as exceljs reads them (dates as Date, numbers as numbers). */
export async function readWorkbook(path: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row, n) => {
        rows[n - 1] = (row.values as unknown[]).slice(1);
      });
      return [sheet.name, rows];
    }),
  );
}

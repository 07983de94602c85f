import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpreadsheetExport } from '@shared/domain/sharing';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makeStep } from '../../helpers/factories';
import { openWithLibreOffice, readWorkbook } from '../../helpers/libreoffice';

let core: TestCore;
const exported: Record<string, string> = {};
const readBack: Record<string, Record<string, unknown[][]>> = {};
const formulaTitle = '=HYPERLINK("http://example.invalid","Click")';

/** Exports with the given options and keeps the file under its own name (exports suggest the same name). */
async function exportAs(name: string, input: Omit<SpreadsheetExport, 'planId'>, planId: string) {
  const result = await core.call('plan.exportSpreadsheet', { planId, ...input });
  expect(result.saved).toBe(true);
  exported[name] = join(core.files.dir, name);
  renameSync(core.files.lastSaved, exported[name]);
}

beforeAll(async () => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00Z') });
  await core.call('app.loadSampleData', {});
  const [plan] = await core.call('plan.list', { statuses: ['active'] });
  const planId = plan!.id;
  await makeStep(core, {
    planId,
    title: formulaTitle,
    owner: '@admin',
    cost: 1234.5,
    effortDays: 1.5,
    dueDate: '2026-04-15',
    description: 'Internal: margin is thin',
  });
  await exportAs('full.xlsx', { format: 'xlsx', language: 'en' }, planId);
  await exportAs('client.xlsx', { format: 'xlsx', language: 'fr', clientCopy: true }, planId);
  await exportAs('steps-en.csv', { format: 'csv-steps', language: 'en' }, planId);
  await exportAs('assessments-en.csv', { format: 'csv-assessments', language: 'en' }, planId);
  await exportAs('steps-fr.csv', { format: 'csv-steps', language: 'fr' }, planId);
  await exportAs('client-fr.csv', { format: 'csv-steps', language: 'fr', clientCopy: true }, planId);

  // LibreOffice starts slowly: the three conversions run side by side, each on several files.
  const outDir = join(core.dir, 'libreoffice');
  const files = (names: string[]) => names.map((n) => exported[n]!);
  const converted = await Promise.all([
    openWithLibreOffice(files(['full.xlsx', 'client.xlsx']), { outDir: join(outDir, 'xlsx') }),
    openWithLibreOffice(files(['steps-en.csv', 'assessments-en.csv']), {
      outDir: join(outDir, 'en'),
      infilter: 'CSV:44,34,76,1,,1033',
    }),
    openWithLibreOffice(files(['steps-fr.csv', 'client-fr.csv']), {
      outDir: join(outDir, 'fr'),
      infilter: 'CSV:59,34,76,1,,1036',
    }),
  ]);
  const names = [
    'full.xlsx',
    'client.xlsx',
    'steps-en.csv',
    'assessments-en.csv',
    'steps-fr.csv',
    'client-fr.csv',
  ];
  const paths = converted.flat();
  for (const [i, name] of names.entries()) readBack[name] = await readWorkbook(paths[i]!);
}, 120_000);
afterAll(() => core.dispose());

const only = (workbook: Record<string, unknown[][]> | undefined) => Object.values(workbook ?? {})[0] ?? [];
const rowWith = (rows: unknown[][], text: string) => rows.find((row) => row.includes(text));

describe('CSV exports', () => {
  it('are UTF-8 with a BOM and CRLF, separated by `;` in French and `,` in English', () => {
    const fr = readFileSync(exported['steps-fr.csv']!, 'utf8');
    const en = readFileSync(exported['steps-en.csv']!, 'utf8');
    expect(fr.startsWith('\uFEFFTitre;Statut;Responsable;Dimension;Charge (jours);Coût;')).toBe(true);
    expect(en.startsWith('\uFEFFTitle,Status,Owner,Dimension,Effort (days),Cost,')).toBe(true);
    expect(fr.split('\r\n').length).toBeGreaterThan(5);
    expect(fr.replace(/\r\n/g, '')).not.toMatch(/\n(?!")/);
    // The formula-looking title is quoted (it holds quotes and a comma) and neutralised.
    expect(en).toContain(`"'=HYPERLINK(""http://example.invalid"",""Click"")"`);
    expect(en).toContain(",'@admin,");
  });

  it('read back in LibreOffice with numbers, dates and formula-looking text as they were', () => {
    for (const name of ['steps-en.csv', 'steps-fr.csv']) {
      const rows = only(readBack[name]);
      const step = rowWith(rows, `'${formulaTitle}`);
      expect(step, name).toBeDefined();
      const header = rows[0] as string[];
      const at = (word: string) => step![header.findIndex((h) => h.startsWith(word))];
      expect(at(name.includes('fr') ? 'Coût' : 'Cost')).toBe(1234.5);
      expect(at(name.includes('fr') ? 'Charge' : 'Effort')).toBe(1.5);
      expect(at(name.includes('fr') ? 'Échéance' : 'Due')).toEqual(new Date('2026-04-15T00:00:00Z'));
      expect(at(name.includes('fr') ? 'Responsable' : 'Owner')).toBe("'@admin");
    }
    const assessments = only(readBack['assessments-en.csv']);
    expect(assessments[0]).toEqual(['Date', 'Source', 'Assessor', 'Dimension', 'Axis', 'Level']);
    expect(assessments.length).toBeGreaterThan(10);
    for (const row of assessments.slice(1)) {
      expect(row[0]).toBeInstanceOf(Date);
      expect(typeof row[5]).toBe('number');
    }
  });

  it("leave costs and internal notes out of the client's copy", () => {
    const header = only(readBack['client-fr.csv'])[0];
    expect(header).toEqual([
      'Titre',
      'Statut',
      'Responsable',
      'Dimension',
      'Charge (jours)',
      'Date de début',
      'Échéance',
      'Date de fin réelle',
    ]);
    expect(readFileSync(exported['client-fr.csv']!, 'utf8')).not.toContain('margin is thin');
  });
});

describe('the XLSX workbook', () => {
  it('has the plan, targets, steps, assessments, reviews, levels and satisfaction, with frozen headers and filters', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported['full.xlsx']!);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Plan',
      'Targets',
      'Steps',
      'Assessments',
      'Reviews',
      'Levels',
      'Satisfaction',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeDefined();
      expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    }
  });

  it('reads back in LibreOffice with real dates and numbers, and formula-looking text kept as text', () => {
    const sheets = readBack['full.xlsx']!;
    const step = rowWith(sheets.Steps!, `'${formulaTitle}`)!;
    expect(step).toBeDefined();
    const header = sheets.Steps![0] as string[];
    expect(step[header.indexOf('Cost')]).toBe(1234.5);
    expect(step[header.indexOf('Due date')]).toEqual(new Date('2026-04-15T00:00:00Z'));
    for (const row of sheets.Assessments!.slice(1)) {
      expect(row[0]).toBeInstanceOf(Date);
      expect(typeof row[5]).toBe('number');
    }
    const levels = sheets.Levels!;
    expect(levels[0]![0]).toBe('Dimension');
    expect(
      levels
        .slice(1)
        .flatMap((row) => row.slice(1))
        .some((cell) => typeof cell === 'number'),
    ).toBe(true);
    const plan = Object.fromEntries(sheets.Plan!.slice(1).map(([field, value]) => [field, value]));
    expect(plan['Start date']).toBeInstanceOf(Date);
    expect(plan).toHaveProperty('Budget');
  });

  it("leaves the budget, costs and internal notes out of the client's copy, in French", () => {
    const sheets = readBack['client.xlsx']!;
    expect(Object.keys(sheets)).toEqual([
      'Plan',
      'Cibles',
      'Petits pas',
      'Évaluations',
      'Revues',
      'Niveaux',
      'Satisfaction',
    ]);
    expect(sheets.Plan!.map((row) => row[0])).not.toContain('Budget');
    expect(sheets['Petits pas']![0]).not.toContain('Coût');
    expect(sheets['Petits pas']![0]).not.toContain('Description');
    expect(sheets.Revues![0]).not.toContain('Notes');
    expect(JSON.stringify(sheets)).not.toContain('margin is thin');
  });
});

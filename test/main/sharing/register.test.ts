import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterPreview } from '@shared/domain/sharing';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan } from '../../helpers/factories';
import { dumpDatabase } from '../../helpers/files';

let core: TestCore;
let planId: string;
beforeEach(async () => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00Z') });
  planId = (await makePlan(core, { targets: 1 })).id;
});
afterEach(() => core.dispose());

/** What a team's Excel register looks like once saved as CSV by a French Excel. */
const messyCsv = [
  "Registre des actions d'amélioration CSI — 2025;;;;;;;;",
  ';;;;;;;;',
  'Intitulé;Responsable;Échéance;Statut;Priorité;Processus;Charge (j);Coût (€);Commentaire',
  'Publier le rapport SLA le 5;Claire;15/03/2026;En cours;Haute;SLA compliance;2;1 200,50;',
  '',
  '"Revoir le process; incidents";Hugo;2026-04-01;Terminé;Basse;;0,5;;"Fait, validé"',
  '=SUM(A1:A3);Amina;01/05/2026;À faire;;;;;',
  "Former l'équipe;Lucas;31/02/2026;À faire;;;;;",
  'Audit des licences;Sofia;;Bloqué;;;;;',
  ';Tom;01/06/2026;Open;;;;;',
  'Nettoyer la CMDB;Tom;;Done;;Gestion des licornes;;;',
].join('\r\n');

async function previewFile(name: string, content: string | Buffer): Promise<RegisterPreview> {
  const path = join(core.files.dir, name);
  writeFileSync(path, content);
  core.files.willOpen(path);
  const preview = await core.call('register.previewImport', { planId });
  if (preview.cancelled) throw new Error('The preview was cancelled.');
  return preview;
}

const problemsOf = (preview: { rows: RegisterPreview['rows'] }) =>
  preview.rows.flatMap((r) => r.problems.map((p) => [r.row, p.column, p.reason]));

describe('a CSI register in CSV', () => {
  it('is read under its title rows, its French headers mapped, its bad rows reported', async () => {
    const preview = await previewFile('registre.csv', `\uFEFF${messyCsv}\r\n`);
    expect(preview.headerRow).toBe(3);
    expect(preview.mapping).toEqual([
      'title',
      'owner',
      'dueDate',
      'status',
      'priority',
      'dimension',
      'effortDays',
      'cost',
      'outcome',
    ]);
    expect(problemsOf(preview)).toEqual([
      [8, 'Échéance', 'bad-date'],
      [9, 'Statut', 'unknown-status'],
      [10, 'Intitulé', 'missing-title'],
      [11, 'Processus', 'unknown-dimension'],
    ]);
    expect(preview).toMatchObject({ validCount: 3, errorCount: 4 });
    // Rows with problems keep their title, so that the preview can name them.
    expect(preview.rows.filter((r) => r.step === null).map((r) => r.title)).toEqual([
      "Former l'équipe",
      'Audit des licences',
      '',
      'Nettoyer la CMDB',
    ]);
    expect(preview.rows[0]).toMatchObject({
      row: 4,
      step: {
        title: 'Publier le rapport SLA le 5',
        owner: 'Claire',
        status: 'doing',
        dueDate: '2026-03-15',
        effortDays: 2,
        cost: 1200.5,
        description: 'Priorité: Haute',
      },
    });
    expect(preview.rows[1]?.step).toMatchObject({
      title: 'Revoir le process; incidents',
      status: 'done',
      doneDate: '2026-03-10',
      effortDays: 0.5,
      outcome: 'Fait, validé',
    });
  });

  it('imports the good rows as steps of the plan in one transaction, formulas as plain text', async () => {
    const events: unknown[] = [];
    core.onEvent((event, payload) => events.push({ event, ...payload }));
    const preview = await previewFile('registre.csv', messyCsv);
    expect(events).toEqual(
      [0, 1, 2].map((done) => ({ event: 'task.progress', task: 'register.previewImport', done, total: 2 })),
    );
    const result = await core.call('register.applyImport', {
      token: preview.token,
      mapping: preview.mapping,
    });
    expect(result).toEqual({ imported: 3, skipped: 4 });
    const steps = await core.call('step.list', { planId });
    expect(steps.map((s) => s.title).sort()).toEqual(
      ['=SUM(A1:A3)', 'Publier le rapport SLA le 5', 'Revoir le process; incidents'].sort(),
    );
    const plan = await core.call('plan.get', { id: planId });
    const sla = steps.find((s) => s.title.startsWith('Publier'));
    // A step on a dimension the plan has a target for works on that target.
    expect(sla?.targetId).toBe(plan.targets.find((t) => t.dimensionId === sla?.dimensionId)?.id ?? null);
    expect(sla?.dimensionId).not.toBeNull();
    expect(events.at(-1)).toEqual({ event: 'data.changed', entities: ['step'] });
    expect((await core.call('history.undoState', {})).undo).toMatchObject({
      channel: 'register.applyImport',
      changeCount: 3,
    });
  });

  it('lets the user fix the mapping, and refuses a field mapped twice', async () => {
    const preview = await previewFile('registre.csv', messyCsv);
    const withoutDimension = preview.mapping.map((f) => (f === 'dimension' ? null : f));
    const check = await core.call('register.checkMapping', {
      token: preview.token,
      mapping: withoutDimension,
    });
    expect(check).toMatchObject({ validCount: 4, errorCount: 3 });
    const twice = await core.invoke('register.checkMapping', {
      token: preview.token,
      mapping: ['title', 'title'],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'mapping.1' } });
  });

  it('reads Windows-1252 text and `,` separators', async () => {
    const english = 'Title,Owner,Due date,Status\r\nRéviser,Zoé,2026-05-02,Closed\r\n';
    const preview = await previewFile('register.csv', Buffer.from(english, 'latin1'));
    expect(preview.rows[0]?.step).toMatchObject({ title: 'Réviser', owner: 'Zoé', status: 'done' });
  });
});

describe('a CSI register in XLSX', () => {
  async function register(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    build(workbook.addWorksheet('Register'));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('is read with a merged title row, date cells, numbers and formulas never evaluated', async () => {
    const bytes = await register((sheet) => {
      sheet.mergeCells('A1:F1');
      sheet.getCell('A1').value = 'CSI register — Service Desk';
      sheet.addRow([]);
      sheet.addRow(['Action', 'Owner', 'Due date', 'Status', 'Effort', 'Cost']);
      sheet.addRow(['Publish the SLA report', 'Claire', new Date(Date.UTC(2026, 3, 15)), 'Open', 1.5, 300]);
      sheet.addRow([
        { formula: 'A4&" again"', result: 'Publish the SLA report again' },
        'Hugo',
        null,
        'Closed',
      ]);
      sheet.addRow([{ formula: 'HYPERLINK("http://example.invalid")' }, 'Amina', 46_150, 'In progress']);
      sheet.addRow(['Review licences', 'Sofia', 'next week', 'Open']);
    });
    const preview = await previewFile('register.xlsx', bytes);
    expect(preview.headerRow).toBe(3);
    expect(preview.rows.map((r) => r.step?.title ?? null)).toEqual([
      'Publish the SLA report',
      'Publish the SLA report again',
      '=HYPERLINK("http://example.invalid")',
      null,
    ]);
    expect(preview.rows[0]?.step).toMatchObject({ dueDate: '2026-04-15', effortDays: 1.5, cost: 300 });
    expect(preview.rows[2]?.step).toMatchObject({ dueDate: '2026-05-08', status: 'doing' });
    expect(problemsOf(preview)).toEqual([[7, 'Due date', 'bad-date']]);
    const result = await core.call('register.applyImport', {
      token: preview.token,
      mapping: preview.mapping,
    });
    expect(result).toEqual({ imported: 3, skipped: 1 });
  });

  describe('that is a zip bomb', () => {
    async function refusedBeforeReading(patch: (bytes: Buffer, endOfDirectory: number) => void) {
      const bytes = await register((sheet) => sheet.addRow(['Title']));
      patch(bytes, bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])));
      const path = join(core.files.dir, 'bomb.xlsx');
      writeFileSync(path, bytes);
      const before = dumpDatabase(core.dbPath);
      core.files.willOpen(path);
      const result = await core.invoke('register.previewImport', { planId });
      expect(dumpDatabase(core.dbPath)).toEqual(before);
      if (result.ok) throw new Error('The bomb was read.');
      expect(result.error).toMatchObject({ code: 'invalid-input', path: 'file' });
      return result.error.message;
    }

    it('declaring a huge size is refused from its central directory', async () => {
      const message = await refusedBeforeReading((bytes, end) => {
        const directory = bytes.readUInt32LE(end + 16);
        bytes.writeUInt32LE(0xfffffff0, directory + 24);
      });
      expect(message).toMatch(/would unpack to more than 200 MB/);
    });

    it('declaring too many entries is refused', async () => {
      const message = await refusedBeforeReading((bytes, end) => {
        bytes.writeUInt16LE(5_000, end + 8);
        bytes.writeUInt16LE(5_000, end + 10);
      });
      expect(message).toMatch(/holds 5000 files/);
    });

    it('lying about its size is refused when it unpacks to more', async () => {
      const message = await refusedBeforeReading((bytes, end) => {
        const directory = bytes.readUInt32LE(end + 16);
        const size = bytes.readUInt32LE(directory + 24);
        bytes.writeUInt32LE(Math.max(1, Math.floor(size / 2)), directory + 24);
      });
      expect(message).toMatch(/unpacks to more than it declares|not the size it declares/);
    });
  });
});

it('puts the steps it imports after those of their column, in the order of the register', async () => {
  for (const title of ['Already here', 'Also here']) {
    await core.call('step.create', { planId, title, status: 'todo' });
  }
  const rows = ['A;À faire', 'B;Terminé', 'C;À faire', 'D;À faire', 'E;Terminé'];
  const preview = await previewFile('order.csv', ['Intitulé;Statut', ...rows].join('\n'));
  await core.call('register.applyImport', { token: preview.token, mapping: preview.mapping });
  const steps = await core.call('step.list', { planId });
  const column = (status: string) =>
    steps
      .filter((s) => s.status === status)
      .sort((a, b) => a.position - b.position)
      .map((s) => s.title);
  expect(column('todo')).toEqual(['Already here', 'Also here', 'A', 'C', 'D']);
  expect(column('done')).toEqual(['B', 'E']);
  expect(new Set(steps.map((s) => `${s.status} ${s.position}`)).size).toBe(steps.length);
});

it('keeps its limits in the register reader: a file over the row cap is refused', async () => {
  const rows = ['Title', ...Array.from({ length: 20_001 }, (_, i) => `Step ${i}`)].join('\n');
  const path = join(core.files.dir, 'huge.csv');
  writeFileSync(path, rows);
  core.files.willOpen(path);
  expect(await core.invoke('register.previewImport', { planId })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: expect.stringMatching(/more than 20000 rows/) },
  });
  expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0);
});

it('previews a long register by its first rows and every row with a problem, and imports every good row', async () => {
  const rows = Array.from({ length: 500 }, (_, i) => (i === 299 ? ';Zoé' : `Step ${i + 1};Zoé`));
  const preview = await previewFile('long.csv', ['Title;Owner', ...rows].join('\n'));
  expect(preview).toMatchObject({ validCount: 499, errorCount: 1 });
  expect(preview.rows.map((r) => r.row)).toEqual([...Array.from({ length: 100 }, (_, i) => i + 2), 301]);
  expect(preview.rows.at(-1)?.problems.map((p) => p.reason)).toEqual(['missing-title']);
  const remapped = await core.call('register.checkMapping', {
    token: preview.token,
    mapping: preview.mapping,
  });
  expect(remapped.rows).toEqual(preview.rows);
  expect(await core.call('register.applyImport', { token: preview.token, mapping: preview.mapping })).toEqual(
    { imported: 499, skipped: 1 },
  );
  expect(await core.call('plan.get', { id: planId })).toMatchObject({
    steps: expect.arrayContaining([expect.objectContaining({ title: 'Step 500' })]),
  });
});

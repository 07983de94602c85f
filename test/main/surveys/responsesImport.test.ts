import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponsePreview } from '@shared/domain/surveyImport';
import type { SurveyDetail } from '@shared/domain/surveys';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makeTeam } from '../../helpers/factories';
import { dumpDatabase } from '../../helpers/files';

let core: TestCore;
let survey: SurveyDetail;
beforeEach(async () => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00Z') });
  survey = await core.call('survey.createFromTemplate', {
    teamId: (await makeTeam(core)).id,
    title: 'Spring 2026',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
  });
});
afterEach(() => core.dispose());

async function previewFile(name: string, content: string | Buffer): Promise<ResponsePreview> {
  const path = join(core.files.dir, name);
  writeFileSync(path, content);
  core.files.willOpen(path);
  const preview = await core.call('surveyResponse.previewImport', { surveyId: survey.id });
  if (preview.cancelled) throw new Error('The preview was cancelled.');
  return preview;
}

const item = (n: number) => survey.items[n - 1]!.id;
const problemsOf = (preview: { rows: ResponsePreview['rows'] }) =>
  preview.rows.flatMap((r) => r.problems.map((p) => [r.row, p.column, p.reason]));

describe('responses in CSV', () => {
  it('are read under a title row, headers in the shapes survey tools write them mapped', async () => {
    const csv = [
      'Export of "IT satisfaction" — 2026-03-31,,,,,,,,,',
      'Respondent ID,Q1 expectation,Q1 perception,E2,P2,tangibles-3 (E),tangibles-3 (P),Attente Q4,Perception Q4,Submitted at',
      'R-101,7,5,6,6,5,"6 - Agree",7,4,2026-03-12',
      'R-102,6,N/A,7,3,,,6,6,2026-03-13',
    ].join('\n');
    const preview = await previewFile('export.csv', csv);
    expect(preview.headerRow).toBe(2);
    expect(preview.mapping).toEqual([
      'respondent',
      { itemId: item(1), side: 'expectation' },
      { itemId: item(1), side: 'perception' },
      { itemId: item(2), side: 'expectation' },
      { itemId: item(2), side: 'perception' },
      { itemId: item(3), side: 'expectation' },
      { itemId: item(3), side: 'perception' },
      { itemId: item(4), side: 'expectation' },
      { itemId: item(4), side: 'perception' },
      null,
    ]);
    expect(preview).toMatchObject({ validCount: 2, errorCount: 0, mappedItems: 4 });
    // R-102 skipped the perception of Q1 (N/A) and all of Q3: three items with both sides.
    expect(preview.rows.map((r) => [r.row, r.respondent, r.answered, r.valid])).toEqual([
      [3, 'R-101', 4, true],
      [4, 'R-102', 2, true],
    ]);

    const imported = await core.call('surveyResponse.applyImport', {
      token: preview.token,
      mapping: preview.mapping,
    });
    expect(imported).toEqual({ imported: 2, skipped: 0 });
    const { responses } = await core.call('survey.get', { id: survey.id });
    expect(responses.map((r) => r.respondent)).toEqual(['R-101', 'R-102']);
    expect(responses[0]!.answers).toEqual([
      { itemId: item(1), expectation: 7, perception: 5 },
      { itemId: item(2), expectation: 6, perception: 6 },
      { itemId: item(3), expectation: 5, perception: 6 },
      { itemId: item(4), expectation: 7, perception: 4 },
    ]);
    expect(responses[1]!.answers).toContainEqual({ itemId: item(1), expectation: 6, perception: null });
    // One import, one action: undo takes it back whole.
    expect((await core.call('history.undoState', {})).undo).toMatchObject({
      channel: 'surveyResponse.applyImport',
      changeCount: 2,
    });
  });

  it('recognises French headers and item texts, with `;` as the separator', async () => {
    const [first, second] = survey.items;
    const csv = [
      `Répondant;${first!.textFr} - Attente;${first!.textFr} - Perception;Q2 attente;Q2 perception`,
      'Amina;6;5;7;4',
    ].join('\r\n');
    const preview = await previewFile('export-fr.csv', `\uFEFF${csv}`);
    expect(preview.mapping).toEqual([
      'respondent',
      { itemId: first!.id, side: 'expectation' },
      { itemId: first!.id, side: 'perception' },
      { itemId: second!.id, side: 'expectation' },
      { itemId: second!.id, side: 'perception' },
    ]);
    expect(preview.rows[0]).toMatchObject({ respondent: 'Amina', answered: 2, valid: true });
  });

  it('reports each row that cannot be read, and imports only the good ones', async () => {
    const csv = [
      'Name,E1,P1,E2,P2',
      'Ann,7,5,6,6',
      'Ben,9,5,6,6',
      'Cleo,seven,5,6,6',
      'Dan,,,,',
      'ann,6,6,6,6',
      ',5,4,5,4',
    ].join('\n');
    const preview = await previewFile('bad.csv', csv);
    expect(problemsOf(preview)).toEqual([
      [3, 'E1', 'off-scale'],
      [4, 'E1', 'not-a-rating'],
      [5, '', 'no-answers'],
      [6, 'Name', 'duplicate-respondent'],
    ]);
    expect(preview).toMatchObject({ validCount: 2, errorCount: 4 });
    const imported = await core.call('surveyResponse.applyImport', {
      token: preview.token,
      mapping: preview.mapping,
    });
    expect(imported).toEqual({ imported: 2, skipped: 4 });
    expect((await core.call('survey.get', { id: survey.id })).responses.map((r) => r.respondent)).toEqual([
      'Ann',
      '',
    ]);
  });

  it('takes another mapping chosen by the user, checked again before it is applied', async () => {
    const preview = await previewFile('odd.csv', ['Who,First,Second', 'Eve,6,3'].join('\n'));
    expect(preview.mapping).toEqual([null, null, null]);
    expect(preview.rows[0]).toMatchObject({ valid: false, problems: [{ reason: 'no-answers' }] });
    const mapping = [
      'respondent' as const,
      { itemId: item(5), side: 'expectation' as const },
      { itemId: item(5), side: 'perception' as const },
    ];
    const check = await core.call('surveyResponse.checkImport', { token: preview.token, mapping });
    expect(check.rows[0]).toMatchObject({ respondent: 'Eve', answered: 1, valid: true });

    const twice = [mapping[0], mapping[1], mapping[1]];
    expect(
      await core.invoke('surveyResponse.checkImport', { token: preview.token, mapping: twice }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'mapping.2' },
    });

    await core.call('surveyResponse.applyImport', { token: preview.token, mapping });
    expect((await core.call('survey.get', { id: survey.id })).responses[0]!.answers).toEqual([
      { itemId: item(5), expectation: 6, perception: 3 },
    ]);
    // The token is spent: importing the file again needs a new preview.
    expect(await core.invoke('surveyResponse.applyImport', { token: preview.token, mapping })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses respondents already in the survey, so that an import run twice adds nothing', async () => {
    const csv = ['Respondent,E1,P1', 'Ann,7,5'].join('\n');
    const first = await previewFile('once.csv', csv);
    await core.call('surveyResponse.applyImport', { token: first.token, mapping: first.mapping });
    const again = await previewFile('twice.csv', csv);
    expect(problemsOf(again)).toEqual([[2, 'Respondent', 'duplicate-respondent']]);
  });
});

describe('responses in XLSX', () => {
  it('are read from the first sheet, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Responses');
    sheet.addRow(['Email', 'Q1 Expectation', 'Q1 Perception', 'Q22 Expectation', 'Q22 Perception']);
    sheet.addRow(['ann@example.invalid', 7, 6, 5, 3]);
    const preview = await previewFile('export.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(preview.mapping.at(-1)).toEqual({ itemId: item(22), side: 'perception' });
    expect(preview.rows).toEqual([
      { row: 2, respondent: 'ann@example.invalid', answered: 2, valid: true, problems: [] },
    ]);
  });
});

describe('the import', () => {
  it('writes nothing when the user cancels the file dialog, or for a survey that does not exist', async () => {
    const before = dumpDatabase(core.dbPath);
    expect(await core.call('surveyResponse.previewImport', { surveyId: survey.id })).toEqual({
      cancelled: true,
    });
    expect(
      await core.invoke('surveyResponse.previewImport', { surveyId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dumpDatabase(core.dbPath)).toEqual(before);
  });

  it('refuses an old .xls file in plain words', async () => {
    const path = join(core.files.dir, 'old.xls');
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    core.files.willOpen(path);
    expect(await core.invoke('surveyResponse.previewImport', { surveyId: survey.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('.xls') },
    });
  });
});

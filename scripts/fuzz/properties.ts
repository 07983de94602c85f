/**
 * The fuzz properties. For every IPC channel, random and mutated inputs; for every import (plan file,
 * CSI register in CSV and XLSX, survey responses), random and mutated files. Each call must answer a
 * typed error or a correct result: never throw, hang, answer outside its contract, or write anything
 * when it refuses (a second connection sees every commit; every 25th refusal also compares a full dump).
 */
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { channels, contract, isChannel, type Channel } from '@shared/contract';
import { errorCodes, type Result } from '@shared/result';
import type { Cell } from '../../src/main/sharing/sheets';
import { writeXlsx } from '../../src/main/sharing/xlsx';
import { dumpDatabase } from '../../test/helpers/files';
import { hostileValue, mutatedFrom, shapedLike } from './arbitraries';
import type { World } from './world';

/** Calls that replace the database file: the watching connection follows the new one. */
const replacesFile = new Set(['backup.restore', 'app.recover']);
/** The calls made so far, by outcome: how deep the cases go, printed with each property. */
export const calls = { answered: 0, refused: 0 };

/** One call, checked; returns its result for the case to go on with. */
export async function checkCall(world: World, channel: string, input: unknown): Promise<Result<unknown>> {
  const before = world.dataVersion();
  const dump = (calls.answered + calls.refused) % 25 === 0 ? dumpDatabase(world.dbPath) : null;
  let result: Result<unknown> | 'hang';
  try {
    result = await world.invoke(channel, input);
  } catch (error) {
    throw new Error(`${channel} threw ${String(error)}`, { cause: error });
  }
  if (result === 'hang') throw new Error(`${channel} did not answer within its deadline`);
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
    throw new Error(`${channel} answered outside the envelope: ${String(result)}`);
  }
  if (!result.ok) {
    calls.refused += 1;
    const { code, message } = result.error;
    if (!errorCodes.includes(code) || typeof message !== 'string' || message.length === 0) {
      throw new Error(`${channel} answered an untyped error: ${JSON.stringify(result.error)}`);
    }
    // The core wraps what nobody threw on purpose in "Something went wrong": a crash inside a handler.
    if (message.startsWith('Something went wrong')) throw new Error(`${channel} crashed: ${message}`);
    if (world.dataVersion() !== before)
      throw new Error(`${channel} refused (${code}) yet committed a change`);
    if (dump && !isDeepStrictEqual(dumpDatabase(world.dbPath), dump)) {
      throw new Error(`${channel} refused (${code}) yet the database differs`);
    }
    return result;
  }
  calls.answered += 1;
  if (isChannel(channel)) {
    const shape = contract[channel].output.safeParse(result.value);
    if (!shape.success) throw new Error(`${channel} answered outside its contract: ${shape.error.message}`);
  }
  if (replacesFile.has(channel)) world.rewatch();
  else if (world.dataVersion() !== before) {
    const problems = world.foreignKeyProblems();
    if (problems.length > 0)
      throw new Error(`${channel} left broken references: ${JSON.stringify(problems)}`);
  }
  return result;
}

const pick = (world: World, field: string) =>
  fc.nat().map((n) => {
    const ids = world.ids.get(field) ?? [];
    return ids[n % Math.max(ids.length, 1)] ?? crypto.randomUUID();
  });

/** Inputs to every channel: random JSON and values of every kind. */
export function randomInputs(world: World) {
  return fc.asyncProperty(
    fc.constantFrom(...channels),
    fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileValue, fc.object({ maxDepth: 2 })),
    async (channel, input) => {
      world.nextOpen = null;
      await checkCall(world, channel, input);
    },
  );
}

/** Inputs shaped by each channel's own schema with ids that exist, often broken in one place. */
export function mutatedInputs(world: World) {
  return fc.asyncProperty(
    fc
      .constantFrom(...channels)
      .chain((channel) =>
        mutatedFrom(shapedLike(contract[channel].input, world.idsFor(channel))).map(
          (input) => [channel, input] as const,
        ),
      ),
    async ([channel, input]) => {
      world.nextOpen = null;
      await checkCall(world, channel, input);
    },
  );
}

/** A text with a few edits where parsers trip: separators, quotes, line ends, formulas, NUL, BOM. */
function editedText(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(
      fc.constantFrom(
        ';',
        ',',
        '\t',
        '"',
        '""',
        '\n',
        '\r\n',
        '\r',
        '=SUM(A1:A9)',
        '\u0000',
        '\ufeff',
        '\ud800',
        '-1e999',
      ),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constant('x'.repeat(5_000)),
    ),
  });
  return fc.tuple(valid, fc.array(edit, { maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((t, { at, remove, insert }) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + remove);
    }, text),
  );
}

/** Bytes with a few flipped, or cut short: a damaged file. */
function damagedBytes(valid: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
      fc.option(fc.nat()),
    )
    .map(([bytes, flips, cut]) => {
      const copy = Uint8Array.from(bytes);
      for (const [at, mask] of flips) {
        const i = at % Math.max(copy.length, 1);
        if (i < copy.length) copy[i] = (copy[i] ?? 0) ^ mask;
      }
      return cut === null ? copy : copy.subarray(0, cut % (copy.length + 1));
    });
}

/**
 * Previews a file with a channel, then imports it with the mapping the preview guessed (or a broken
 * one). An import with the guessed mapping must add exactly the rows the preview counted as valid.
 */
async function previewAndImport(
  world: World,
  channels: { preview: Channel; apply: Channel },
  previewInput: unknown,
  otherMapping: unknown,
  count: () => number,
): Promise<void> {
  const preview = await checkCall(world, channels.preview, previewInput);
  if (!preview.ok) return;
  const value = preview.value as {
    cancelled: boolean;
    token?: string;
    mapping?: unknown;
    validCount?: number;
  };
  if (value.cancelled) throw new Error(`${channels.preview} cancelled although a file was chosen`);
  const before = count();
  const guessed = otherMapping === undefined;
  const mapping = guessed ? value.mapping : otherMapping;
  const applied = await checkCall(world, channels.apply, { token: value.token, mapping });
  if (applied.ok && guessed) {
    const { imported } = applied.value as { imported: number };
    if (imported !== value.validCount || count() - before !== imported) {
      throw new Error(
        `${channels.apply} imported ${imported} (${count() - before} rows added), the preview counted ${value.validCount}`,
      );
    }
  }
  world.refreshIds();
}

export function planFiles(world: World, validFile: object) {
  const text = JSON.stringify(validFile);
  return fc.asyncProperty(
    fc.oneof(
      mutatedFrom(fc.constant(validFile)).map((file) => JSON.stringify(file) ?? ''),
      editedText(fc.constant(text)),
      fc.jsonValue({ maxDepth: 5 }).map((value) => JSON.stringify(value)),
      fc.uint8Array({ maxLength: 2_000 }),
      fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)),
    ),
    async (content) => {
      world.offer('case.stepwise.json', content);
      const preview = await checkCall(world, 'planFile.previewImport', {});
      if (!preview.ok) return;
      const value = preview.value as { cancelled: boolean; token?: string };
      if (value.cancelled) throw new Error('planFile.previewImport cancelled although a file was chosen');
      await checkCall(world, 'planFile.applyImport', { token: value.token });
      world.refreshIds();
    },
  );
}

const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.double({ noNaN: true }),
  fc.constantFrom<Cell>(null, '=1+1', '2026-03-15', '15/03/2026', 'Done', 'En cours', '1 200,50'),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => ({ day: d.toISOString().slice(0, 10) })),
);
const grid = fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 12 });

/** A workbook made from cells, as exceljs writes it. */
const workbookOf = async (rows: Cell[][]) =>
  new Uint8Array(await writeXlsx([{ name: 'Register', columns: [], rows }], () => undefined));

/** Most cases import with the mapping the preview guessed; the others with one of their own. */
const otherMapping = (world: World, apply: Channel) =>
  fc.option(
    fc.oneof(
      hostileValue,
      shapedLike(contract[apply].input, world.ids).map((input) => (input as { mapping?: unknown }).mapping),
    ),
    { nil: undefined, freq: 2 },
  );

type FileContent = string | Uint8Array | Cell[][];

/** A spreadsheet import: which channels, the input that names where it goes, and what it adds to. */
interface SpreadsheetImport {
  stem: string;
  preview: Channel;
  apply: Channel;
  /** The id field of the preview's input: `planId`, `surveyId`. */
  target: string;
  /** The table an import adds rows to. */
  table: string;
}

/** Files for a spreadsheet import: the valid ones edited or damaged, random text, bytes and workbooks. */
function spreadsheetImport(world: World, spec: SpreadsheetImport, validCsv: string, validXlsx: Uint8Array) {
  const file = (extension: 'csv' | 'xlsx') => (content: FileContent) => ({
    name: `${spec.stem}.${extension}`,
    content,
  });
  return fc.asyncProperty(
    fc.oneof(
      editedText(fc.constant(validCsv)).map(file('csv')),
      fc.string({ unit: 'binary', maxLength: 1_500 }).map(file('csv')),
      damagedBytes(fc.constant(validXlsx)).map(file('xlsx')),
      grid.map(file('xlsx')),
      fc.uint8Array({ maxLength: 1_500 }).map(file('xlsx')),
    ),
    pick(world, spec.target),
    otherMapping(world, spec.apply),
    async ({ name, content }, id, mapping) => {
      world.offer(name, Array.isArray(content) ? await workbookOf(content) : content);
      await previewAndImport(
        world,
        { preview: spec.preview, apply: spec.apply },
        { [spec.target]: id },
        mapping,
        () => world.count(spec.table),
      );
    },
  );
}

export const registers = (world: World, validCsv: string, validXlsx: Uint8Array) =>
  spreadsheetImport(
    world,
    {
      stem: 'register',
      preview: 'register.previewImport',
      apply: 'register.applyImport',
      target: 'planId',
      table: 'steps',
    },
    validCsv,
    validXlsx,
  );

export const surveyResponses = (world: World, validCsv: string, validXlsx: Uint8Array) =>
  spreadsheetImport(
    world,
    {
      stem: 'responses',
      preview: 'surveyResponse.previewImport',
      apply: 'surveyResponse.applyImport',
      target: 'surveyId',
      table: 'survey_responses',
    },
    validCsv,
    validXlsx,
  );

/** The valid files the mutations start from, made from the sample data. */
export async function validFiles(world: World) {
  const plans = world.ids.get('planId') ?? [];
  const exported = await world.invoke('planFile.export', { planId: plans[0] });
  if (exported === 'hang' || !exported.ok) throw new Error('The sample plan could not be exported.');
  const { fileName } = exported.value as { fileName: string };
  const planFile = JSON.parse(readFileSync(`${world.filesDir}/${fileName}`, 'utf8')) as object;
  const registerRows = [
    ['Title', 'Owner', 'Due date', 'Status', 'Effort (days)', 'Cost'],
    ['Publish the SLA report on day 5', 'Claire', '2026-03-15', 'Doing', '2', '1200.5'],
    ['Review the incident process', 'Hugo', '01/04/2026', 'Done', '0.5', ''],
    ['Train the team', 'Lucas', '', 'To do', '', ''],
  ];
  const registerCsv = registerRows.map((row) => row.join(';')).join('\r\n');
  const registerXlsx = await workbookOf(registerRows);
  const surveyItems = 22;
  const header = [
    'Respondent',
    ...Array.from({ length: surveyItems }, (_, i) => [`E${i + 1}`, `P${i + 1}`]).flat(),
  ];
  const answers = (name: string, shift: number) => [
    name,
    ...Array.from({ length: surveyItems * 2 }, (_, i) => String(((i + shift) % 7) + 1)),
  ];
  const responses = [header, answers('A user', 1), answers('Another user', 3)];
  const responsesCsv = responses.map((row) => row.join(';')).join('\n');
  const responsesXlsx = await workbookOf(responses);
  return { planFile, registerCsv, registerXlsx, responsesCsv, responsesXlsx };
}

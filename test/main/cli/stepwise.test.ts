import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/main/core/core';
import { dumpDatabase } from '../../helpers/files';

const run = promisify(execFile);
let dir: string;
let sampleDb: string;
let planTitle: string;
let planId: string;

/** Runs the built `stepwise` binary as a user would, with plain Node. */
async function stepwise(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/stepwise.mjs', ...args], {
      env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A database made by the real core: `fill` runs on it, then it is closed for the command line. */
async function database(
  name: string,
  fill: (call: ReturnType<typeof caller>) => Promise<void> = async () => {},
) {
  const dbPath = join(dir, name);
  const core = openCore({ dbPath, clock: () => new Date('2026-03-10T09:00:00Z') });
  await fill(caller(core));
  await core.close();
  return dbPath;
}
const caller = (core: ReturnType<typeof openCore>) => async (channel: string, input: unknown) => {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

beforeAll(async () => {
  // The tests run the real binary, which runs the build: made here so that a clean checkout passes.
  await run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '-c',
    'vite.cli.config.ts',
    '--logLevel',
    'error',
  ]);
  dir = mkdtempSync(join(tmpdir(), 'stepwise-cli-'));
  sampleDb = await database('sample.db', async (call) => {
    await call('app.loadSampleData', {});
    const [plan] = (await call('plan.list', { statuses: ['active'] })) as { id: string; title: string }[];
    [planId, planTitle] = [plan!.id, plan!.title];
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stepwise', () => {
  it('shows its help, and refuses a call it cannot understand with the usage (exit 2)', async () => {
    const help = await stepwise('--help');
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: stepwise <command>') });
    const calls = [[], ['export', '--plan', planTitle], ['list', 'plans', '--nope'], ['dance']];
    const results = await Promise.all(calls.map((args) => stepwise(...args, '--db', sampleDb)));
    for (const [i, result] of results.entries()) {
      expect(result.code, calls[i]!.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: stepwise');
    }
  });

  it('fails plainly on a missing database or plan (exit 1)', async () => {
    const noDatabase = await stepwise('list', 'plans', '--db', join(dir, 'missing.db'));
    expect(noDatabase).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('There is no Stepwise database'),
    });
    // Without --db it looks where the app keeps its data.
    expect((await stepwise('list', 'plans')).stderr).toContain(
      join(dir, 'config', 'Stepwise', 'stepwise.db'),
    );
    const noPlan = await stepwise(
      'export',
      '--db',
      sampleDb,
      '--plan',
      'No such plan',
      '--format',
      'json',
      '--out',
      join(dir, 'x.json'),
    );
    expect(noPlan).toMatchObject({ code: 1, stderr: expect.stringContaining('No plan has the id or title') });
  });

  it('lists the plans', async () => {
    const { code, stdout } = await stepwise('list', 'plans', '--db', sampleDb);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^ID\s+TITLE\s+TEAM\s+STATUS\s+STEPS DONE$/);
    expect(stdout).toContain(planId);
    expect(stdout).toContain(planTitle);
  });

  it('exports a plan in each format', async () => {
    const out = (name: string) => join(dir, name);
    for (const [format, name] of [
      ['json', 'plan.stepwise.json'],
      ['xlsx', 'plan.xlsx'],
      ['csv', 'steps.csv'],
      ['csv-assessments', 'assessments.csv'],
    ] as const) {
      const result = await stepwise(
        'export',
        '--db',
        sampleDb,
        '--plan',
        planTitle,
        '--format',
        format,
        '--out',
        out(name),
        '--lang',
        'fr',
      );
      expect(result, format).toMatchObject({ code: 0, stdout: `Saved ${name}\n` });
    }
    expect(JSON.parse(readFileSync(out('plan.stepwise.json'), 'utf8'))).toMatchObject({
      format: 'stepwise-plan',
      plan: { id: planId },
    });
    expect(readFileSync(out('plan.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(out('steps.csv'), 'utf8')).toMatch(/^\uFEFFTitre;Statut;/);
    expect(readFileSync(out('assessments.csv'), 'utf8')).toMatch(/^\uFEFFDate;Source;/);
  });

  it('imports a plan file: a dry run writes nothing, then the import merges it', async () => {
    const file = join(dir, 'to-import.stepwise.json');
    await stepwise('export', '--db', sampleDb, '--plan', planId, '--format', 'json', '--out', file);
    const fresh = await database('fresh.db');
    const before = dumpDatabase(fresh);
    const dry = await stepwise('import', file, '--dry-run', '--db', fresh);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('Dry run: nothing was written.') });
    expect(dry.stdout).toMatch(/^plan\s+1\s+0\s+0$/m);
    expect(dumpDatabase(fresh)).toEqual(before);
    expect(await stepwise('import', file, '--db', fresh)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Imported.'),
    });
    expect((await stepwise('list', 'plans', '--db', fresh)).stdout).toContain(planId);
  });

  it('imports a CSI register as steps of a plan', async () => {
    const register = join(dir, 'registre.csv');
    writeFileSync(
      register,
      '\uFEFFTitre;Responsable;Échéance;Statut\r\nRevoir les SLA;Claire;15/04/2026;À faire\r\nSans date;Hugo;32/01/2026;En cours\r\n',
    );
    const dry = await stepwise('import', register, '--plan', planId, '--dry-run', '--db', sampleDb);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.stdout).toContain('Row 3, Échéance: "32/01/2026" is not a date');
    expect(dry.stdout).toContain('1 row(s) to import, 1 with problems');
    const real = await stepwise('import', register, '--plan', planTitle, '--db', sampleDb);
    expect(real).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Imported 1 step(s); skipped 1 row(s).'),
    });
    expect(await stepwise('import', register, '--db', sampleDb)).toMatchObject({ code: 2 });
  });
});

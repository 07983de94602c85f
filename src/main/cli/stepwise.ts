/**
 * The `stepwise` command line: batch exports and imports on the app's database, through the same core
 * as the app. Files come from its arguments instead of dialogs. Exit codes: 0 done, 1 failed, 2 usage.
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Channel, Input, Output } from '@shared/contract';
import { SpreadsheetFormat } from '@shared/domain/sharing';
import { Language } from '@shared/domain/settings';
import type { PlanSummary } from '@shared/domain/plans';
import { openCore, type Core } from '../core/core';
import type { FilePort } from '../core/files';
import { defaultDatabasePath } from './databasePath';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

export const usage = `Usage: stepwise <command> [options]

Commands:
  list plans                         List the plans: id, title, team, status, steps done
  export --plan <id|title> --format <format> --out <file>
                                     Export a plan. Formats: json (plan file), xlsx, csv (the steps),
                                     csv-steps, csv-assessments
  import <file> [--plan <id|title>] [--dry-run]
                                     Import a plan file (.json), merging it; or a CSI register
                                     (.csv, .xlsx) as steps of --plan. --dry-run shows what would be
                                     imported and writes nothing

Options:
  --db <file>        The database. Default: the app's, Stepwise/stepwise.db in %APPDATA% (Windows),
                     ~/Library/Application Support (macOS), $XDG_CONFIG_HOME or ~/.config (Linux)
  --client-copy      Exports: leave out costs, the budget and internal notes (xlsx, csv)
  --lang <en|fr>     Exports: the language of headers and words (default: the app's)
  --help             Show this help
`;

/** A mistake in how the command was called: exit code 2, with the usage. */
class UsageError extends Error {}
/** The command could not be done: exit code 1. */
class Failure extends Error {}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.err(`stepwise: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(usage);
    return 0;
  }
  let core: Core | undefined;
  try {
    const command = commandOf(parsed);
    const dbPath = resolve(parsed.values.db ?? defaultDatabasePath(io.platform, io.env, io.home));
    if (!existsSync(dbPath)) throw new Failure(`There is no Stepwise database at ${dbPath} (see --db).`);
    const files: FilePort = {
      chooseSavePath: async () => command.out ?? null,
      chooseOpenPath: async () => command.file ?? null,
    };
    // One command, one or two commits: writing 40 MB of log ahead would cost more than it saves.
    core = openCore({ dbPath, files, logReserve: 0 });
    await command.run(client(core), io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`stepwise: ${error.message}\n\n${usage}`);
      return 2;
    }
    io.err(`stepwise: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await core?.close();
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      plan: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'client-copy': { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}

type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

/** Calls the core, turning an error result into a failure that says what went wrong. */
const client =
  (core: Core): Call =>
  async (channel, input) => {
    const result = await core.invoke(channel, input);
    if (!result.ok) {
      const where =
        result.error.path && !result.error.message.startsWith(result.error.path)
          ? ` (${result.error.path})`
          : '';
      throw new Failure(`${result.error.message}${where}`);
    }
    return result.value as Output<typeof channel>;
  };

interface Command {
  out?: string;
  file?: string;
  run: (call: Call, io: CliIo) => Promise<void>;
}

function commandOf({ values, positionals }: ReturnType<typeof parse>): Command {
  const [name, ...rest] = positionals;
  switch (name) {
    case 'list':
      if (rest.length !== 1 || rest[0] !== 'plans') throw new UsageError('say what to list: `list plans`.');
      return { run: listPlans };
    case 'export': {
      if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}.`);
      const plan = required(values.plan, '--plan');
      const out = resolve(required(values.out, '--out'));
      const format = required(values.format, '--format');
      const language = values.lang === undefined ? undefined : Language.safeParse(values.lang).data;
      if (values.lang !== undefined && language === undefined)
        throw new UsageError('--lang must be en or fr.');
      if (format === 'json') {
        return {
          out,
          run: async (call, io) =>
            saved(io, await call('planFile.export', { planId: await findPlan(call, plan) })),
        };
      }
      const spreadsheet = SpreadsheetFormat.safeParse(format === 'csv' ? 'csv-steps' : format).data;
      if (spreadsheet === undefined) {
        throw new UsageError('--format must be json, xlsx, csv, csv-steps or csv-assessments.');
      }
      return {
        out,
        run: async (call, io) =>
          saved(
            io,
            await call('plan.exportSpreadsheet', {
              planId: await findPlan(call, plan),
              format: spreadsheet,
              clientCopy: values['client-copy'],
              ...(language ? { language } : {}),
            }),
          ),
      };
    }
    case 'import': {
      if (rest.length !== 1) throw new UsageError('name one file to import.');
      const file = resolve(rest[0] as string);
      const dryRun = values['dry-run'];
      if (extname(file).toLowerCase() === '.json')
        return { file, run: (call, io) => importPlanFile(call, io, dryRun) };
      const plan = required(values.plan, '--plan (the plan the register’s steps go to)');
      return { file, run: async (call, io) => importRegister(call, io, await findPlan(call, plan), dryRun) };
    }
    case undefined:
      throw new UsageError('no command given.');
    default:
      throw new UsageError(`unknown command ${name}.`);
  }
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(`${option} is required.`);
  return value;
}

const table = (rows: readonly (readonly (string | number)[])[]) => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => String(row[c]).length))) ?? [];
  return (
    rows
      .map((row) =>
        row
          .map((cell, c) => String(cell).padEnd(widths[c] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
};

async function listPlans(call: Call, io: CliIo): Promise<void> {
  const plans = await call('plan.list', {});
  io.out(
    table([
      ['ID', 'TITLE', 'TEAM', 'STATUS', 'STEPS DONE'],
      ...plans.map((p) => [p.id, p.title, p.teamName, p.status, `${p.doneStepCount}/${p.stepCount}`]),
    ]),
  );
}

/** A plan by id, or by title when exactly one has it (case aside). */
async function findPlan(call: Call, wanted: string): Promise<string> {
  const plans = await call('plan.list', {});
  const byId = plans.find((p) => p.id === wanted);
  if (byId) return byId.id;
  const byTitle = plans.filter((p: PlanSummary) => p.title.toLowerCase() === wanted.toLowerCase());
  if (byTitle.length === 1) return (byTitle[0] as PlanSummary).id;
  if (byTitle.length > 1) {
    throw new Failure(
      `${byTitle.length} plans are titled "${wanted}": give the id (${byTitle.map((p) => p.id).join(', ')}).`,
    );
  }
  throw new Failure(`No plan has the id or title "${wanted}" (see \`stepwise list plans\`).`);
}

function saved(io: CliIo, result: { saved: boolean; fileName: string | null }): void {
  if (!result.saved) throw new Failure('Nothing was saved.');
  io.out(`Saved ${result.fileName}\n`);
}

async function importPlanFile(call: Call, io: CliIo, dryRun: boolean): Promise<void> {
  const preview = await call('planFile.previewImport', {});
  if (preview.cancelled) throw new Failure('No file to import.');
  io.out(
    `Plan "${preview.planTitle}" of team ${preview.teamName}, on ${preview.modelName}${preview.builtinModel ? ' (built in)' : ''}\n`,
  );
  io.out(
    table([
      ['ROWS', 'ADDED', 'UPDATED', 'KEPT'],
      ...preview.counts
        .filter((c) => c.added + c.updated + c.kept > 0)
        .map((c) => [c.entity, c.added, c.updated, c.kept]),
    ]),
  );
  if (dryRun) {
    io.out('Dry run: nothing was written.\n');
    return;
  }
  await call('planFile.applyImport', { token: preview.token });
  io.out('Imported.\n');
}

async function importRegister(call: Call, io: CliIo, planId: string, dryRun: boolean): Promise<void> {
  const preview = await call('register.previewImport', { planId });
  if (preview.cancelled) throw new Failure('No file to import.');
  const columns = preview.headers.map((h, i) => `${h || `#${i + 1}`} → ${preview.mapping[i] ?? '(ignored)'}`);
  io.out(`Headers on row ${preview.headerRow}: ${columns.join(', ')}\n`);
  for (const row of preview.rows) {
    for (const problem of row.problems)
      io.out(`Row ${row.row}, ${problem.column}: "${problem.value}" ${problem.message}\n`);
  }
  io.out(`${preview.validCount} row(s) to import, ${preview.errorCount} with problems (skipped).\n`);
  if (dryRun) {
    io.out('Dry run: nothing was written.\n');
    return;
  }
  const { imported, skipped } = await call('register.applyImport', {
    token: preview.token,
    mapping: preview.mapping,
  });
  io.out(`Imported ${imported} step(s); skipped ${skipped} row(s).\n`);
}

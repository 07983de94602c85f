/**
 * The crash test's writer: writes through the real core, as the app does, until it is killed, and
 * reports each transaction to the parent once the call that committed it has returned.
 * Run by scripts/crash.ts as `crash-child.mjs <folder> <seed>`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, Input, Output } from '@shared/contract';
import type { Result } from '@shared/result';
import { openCore, type Core } from '../src/main/core/core';
import type { FilePort } from '../src/main/core/files';
import { Random } from '../src/main/sample/random';
import { stableId } from '../src/main/store/stableId';
import { writeSchemaOneDatabase } from '../test/helpers/oldDatabases';
import {
  assessmentNote,
  importTitle,
  layout,
  oldFileName,
  stepTitle,
  type ChildMessage,
  type Commit,
} from './crash/protocol';

const [dir = '', seed = '1'] = process.argv.slice(2);
const paths = layout(dir);
const random = new Random(Number(seed));
const mspModelId = stableId('model:msp');

/** The file the next open dialog "chooses", and where saves go. */
const files: FilePort & { next: string | null } = {
  next: null,
  chooseOpenPath: async () => files.next,
  chooseSavePath: async () => paths.template,
};

const send = (message: ChildMessage) => process.send?.(message);
const report = (commit: Commit) => send({ type: 'commit', commit });

function caller(core: Core) {
  return async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = (await core.invoke(channel, input)) as Result<Output<C>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
}

type Call = ReturnType<typeof caller>;

/** The plan every transaction writes to, made by the first writer and found by the next ones. */
async function setUp(call: Call): Promise<{ planId: string; teamId: string; dimensionIds: string[] }> {
  const { dimensions } = await call('model.get', { id: mspModelId });
  const dimensionIds = dimensions.map((d) => d.id);
  let plan = (await call('plan.list', {})).find((p) => p.title === 'crash plan');
  if (!plan) {
    const team = await call('team.create', { name: 'crash team' });
    const created = await call('plan.create', {
      teamId: team.id,
      modelId: mspModelId,
      title: 'crash plan',
      startDate: '2026-01-05',
      endDate: '2026-12-18',
    });
    for (const dimensionId of dimensionIds.slice(0, 3)) {
      await call('target.create', {
        planId: created.id,
        dimensionId,
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2026-09-30',
      });
    }
    for (let i = 1; i <= 4; i += 1)
      await call('step.create', { planId: created.id, title: `template step ${i}` });
    plan = (await call('plan.list', {})).find((p) => p.title === 'crash plan');
  }
  if (!plan) throw new Error('The crash plan could not be made.');
  if (!existsSync(paths.template)) await call('planFile.export', { planId: plan.id });
  return { planId: plan.id, teamId: plan.teamId, dimensionIds };
}

const batchId = () => randomUUID().slice(0, 8);

async function registerImport(call: Call, planId: string): Promise<void> {
  const batch = batchId();
  const count = random.int(1, 30);
  const rows = Array.from({ length: count }, (_, i) => stepTitle(batch, i + 1, count));
  files.next = join(paths.files, `register-${batch}.csv`);
  writeFileSync(files.next, `Title\n${rows.join('\n')}\n`);
  const preview = await call('register.previewImport', { planId });
  if (preview.cancelled || preview.validCount !== count) throw new Error(`The register ${batch} read wrong.`);
  await call('register.applyImport', { token: preview.token, mapping: preview.mapping });
  report({ kind: 'steps', batch, count });
}

async function assessment(call: Call, teamId: string, dimensionIds: string[]): Promise<void> {
  const count = random.int(1, dimensionIds.length);
  const scores = dimensionIds
    .slice(0, count)
    .map((dimensionId) => ({ dimensionId, level: random.int(0, 5) }));
  const created = await call('assessment.create', {
    teamId,
    modelId: mspModelId,
    date: '2026-01-15',
    note: assessmentNote(count),
    scores,
  });
  report({ kind: 'assessment', id: created.id, count });
}

/** The template plan with every id replaced, so that each import adds a whole new plan. */
async function planImport(call: Call): Promise<void> {
  const batch = batchId();
  const fresh = new Map<string, string>();
  const text = readFileSync(paths.template, 'utf8').replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
    (id) => fresh.get(id) ?? (fresh.set(id, randomUUID()), fresh.get(id) as string),
  );
  const file = JSON.parse(text) as {
    plan: { title: string };
    model: { builtinKey: string | null };
    targets: unknown[];
    steps: unknown[];
  };
  file.plan.title = importTitle(batch);
  // A copy of the built-in model under new ids is a model of its own.
  file.model.builtinKey = null;
  files.next = join(paths.files, `import-${batch}.stepwise.json`);
  writeFileSync(files.next, JSON.stringify(file));
  const preview = await call('planFile.previewImport', {});
  if (preview.cancelled) throw new Error('The plan file preview was cancelled.');
  await call('planFile.applyImport', { token: preview.token });
  report({ kind: 'planImport', batch, targets: file.targets.length, steps: file.steps.length });
}

/** A database as the first version of Stepwise left it, then opened (and so migrated) by this one. */
async function migration(): Promise<void> {
  const teams = random.int(1, 20);
  const name = oldFileName(batchId(), teams);
  const path = join(paths.old, name);
  mkdirSync(paths.old, { recursive: true });
  writeSchemaOneDatabase(
    path,
    Array.from({ length: teams }, (_, i) => `old team ${i}`),
  );
  report({ kind: 'oldCreated', file: name, teams });
  await openCore({ dbPath: path }).close();
  report({ kind: 'migrated', file: name });
}

async function main(): Promise<void> {
  mkdirSync(paths.files, { recursive: true });
  send({ type: 'opening' });
  const core = openCore({ dbPath: paths.db, files });
  const call = caller(core);
  const { planId, teamId, dimensionIds } = await setUp(call);
  send({ type: 'ready' });
  for (;;) {
    const roll = random.next();
    if (roll < 0.3) await registerImport(call, planId);
    else if (roll < 0.5) await assessment(call, teamId, dimensionIds);
    else if (roll < 0.7)
      report({ kind: 'step', id: (await call('step.create', { planId, title: 'crash single' })).id });
    else if (roll < 0.8) await planImport(call);
    else if (roll < 0.9) await migration();
    else report({ kind: 'backup', id: (await call('backup.now', {})).id });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(2);
});

/**
 * How long the main thread is ever held up while the core, in its worker, does the heaviest requests:
 * an XLSX export of a plan, a plan-file import of 20,000 steps and a CSV import of 10,000 rows. A timer
 * turns every 2 ms; the most CPU time the main thread spent between two turns is the metric
 * `main.maxBlock`: the longest the app kept its own event loop busy. (The loop's wall-clock delay would
 * also count the time the system gave the thread no core, which on a loaded machine is most of it.)
 * What main still does is read the replies, each small: the register's preview holds its first rows and
 * those with problems, not all 10,000 (2.5 MB, which took main tens of milliseconds to read and collect).
 * `npm run bench` measures it in a process of its own (bench/cli/mainBlocking.ts).
 */
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Channel, Input, Output } from '@shared/contract';
import type { Result } from '@shared/result';
import type { FilePort } from '../src/main/core/files';
import { startCoreClient, type CoreClient } from '../src/main/worker/coreClient';

export interface MainBlockingOptions {
  /** The built worker scripts: the core's, and the one it starts for each backup (a path). */
  workerUrl: URL | string;
  backupWorkerUrl: string;
  /** A dataset file (L for the benchmark): copied, never changed. */
  dataset: string;
  /** A scratch folder, removed at the end. */
  workDir: string;
  planSteps?: number;
  csvRows?: number;
}

export interface MainBlocking {
  name: 'main.maxBlock';
  value: number;
  unit: 'ms';
  target: '≤ 50 ms';
  pass: boolean;
}

async function call<C extends Channel>(core: CoreClient, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = (await core.invoke(channel, input)) as Result<Output<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** A plan file of the plan, its steps repeated up to `steps` (each a new step). */
async function bigPlanFile(
  core: CoreClient,
  planId: string,
  files: string[],
  path: string,
  steps: number,
): Promise<void> {
  files.push(path);
  await call(core, 'planFile.export', { planId });
  const { steps: exported, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as {
    steps: { id: string; title: string; position: number }[];
  };
  const template = exported[0];
  if (!template) throw new Error('The plan has no steps to repeat.');
  // Written a step at a time: the whole file held in memory at once would leave the main thread a heap
  // to collect later, while it is measured, which the app's main process never has.
  const fd = openSync(path, 'w');
  writeSync(fd, JSON.stringify({ ...rest, steps: [] }).slice(0, -2));
  for (let i = 0; i < steps; i += 1) {
    const step = exported[i] ?? {
      ...template,
      id: randomUUID(),
      title: `Imported step ${i + 1}`,
      position: i,
    };
    writeSync(fd, `${i === 0 ? '' : ','}${JSON.stringify(step)}`);
  }
  writeSync(fd, ']}');
  closeSync(fd);
}

/** The most CPU time, in ms, the main thread spent between two turns of a timer, from now to `stop()`. */
function watchStalls(everyMs = 2): { stop(): number } {
  let since = process.threadCpuUsage();
  let longest = 0;
  const timer = setInterval(() => {
    const now = process.threadCpuUsage();
    longest = Math.max(longest, (now.user - since.user + now.system - since.system) / 1000);
    since = now;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return longest;
    },
  };
}

export async function mainBlocking(options: MainBlockingOptions): Promise<MainBlocking> {
  const { workerUrl, backupWorkerUrl, dataset, workDir, planSteps = 20_000, csvRows = 10_000 } = options;
  mkdirSync(workDir, { recursive: true });
  const dbPath = join(workDir, 'blocking.db');
  copyFileSync(dataset, dbPath);
  /** The paths the "dialogs" answer, in order, from the main thread. */
  const paths: string[] = [];
  const files: FilePort = {
    chooseSavePath: async () => paths.shift() ?? null,
    chooseOpenPath: async () => paths.shift() ?? null,
  };
  const core = await startCoreClient({ workerUrl, backupWorkerUrl, dbPath, files });
  try {
    const [plan] = await call(core, 'plan.list', { statuses: ['active'] });
    if (!plan) throw new Error('The dataset has no active plan.');
    const planFile = join(workDir, 'plan.stepwise.json');
    await bigPlanFile(core, plan.id, paths, planFile, planSteps);
    const register = join(workDir, 'register.csv');
    const rows = Array.from({ length: csvRows }, (_, i) => `Step ${i + 1};Claire Martin;15/01/2027;À faire`);
    writeFileSync(register, `\uFEFFTitre;Responsable;Échéance;Statut\r\n${rows.join('\r\n')}\r\n`);

    const stalls = watchStalls();
    paths.push(join(workDir, 'plan.xlsx'));
    await call(core, 'plan.exportSpreadsheet', { planId: plan.id, format: 'xlsx' });
    paths.push(planFile);
    const planPreview = await call(core, 'planFile.previewImport', {});
    if (planPreview.cancelled) throw new Error('The plan file was not opened.');
    await call(core, 'planFile.applyImport', { token: planPreview.token });
    paths.push(register);
    const csvPreview = await call(core, 'register.previewImport', { planId: plan.id });
    if (csvPreview.cancelled) throw new Error('The register was not opened.');
    await call(core, 'register.applyImport', { token: csvPreview.token, mapping: csvPreview.mapping });
    const value = stalls.stop();
    return { name: 'main.maxBlock', value, unit: 'ms', target: '≤ 50 ms', pass: value <= 50 };
  } finally {
    await core.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

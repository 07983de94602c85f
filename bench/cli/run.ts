/**
 * `npm run bench`: measures the app at sizes M and L in one run and writes bench/results/latest.json
 * (metric, value, unit, baseline, ratio, target, pass) plus a Markdown table on the console.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isChannel } from '@shared/contract';
import { dayOf } from '@shared/dates';
import { openCore, type Core } from '../../src/main/core/core';
import type { FilePort } from '../../src/main/core/files';
import { openDatabase } from '../../src/main/db/connection';
import { baselines, type BenchIds } from '../baselines';
import { datasetSizes, generateDataset, type DatasetSize } from '../dataset';
import { measure, once } from '../measure';

interface Metric {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'x';
  baseline: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
  /** Why the metric could not be measured. */
  error?: string;
}

const root = resolve('.');
const dataDir = join(root, 'bench', 'data');
const resultsDir = join(root, 'bench', 'results');
const today = dayOf(new Date());
const metrics: Metric[] = [];
const round = (n: number) => Math.round(n * 100) / 100;
const failed = { value: Number.NaN, unit: 'ms', baseline: null, ratio: null, pass: false } as const;

function record(metric: Omit<Metric, 'value' | 'baseline' | 'ratio'> & { value: number; baseline?: number }) {
  const baseline = metric.baseline ?? null;
  metrics.push({
    ...metric,
    value: round(metric.value),
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline ? round(metric.value / baseline) : null,
  });
}

/** A file port for scripts: saves and opens the paths it is given, in order. */
class ScriptedFiles implements FilePort {
  constructor(private readonly paths: string[]) {}
  chooseSavePath = async () => this.paths.shift() ?? null;
  chooseOpenPath = async () => this.paths.shift() ?? null;
}

function dataset(size: DatasetSize): string {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, `${size}.db`);
  if (!existsSync(path)) {
    console.error(`Generating dataset ${size} (${datasetSizes[size].teams} teams)…`);
    generateDataset(path, size, { seed: 1, today });
  }
  return path;
}

async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function idsOf(core: Core): Promise<BenchIds> {
  const [plan] = (await call(core, 'plan.list', { statuses: ['active'] })) as {
    id: string;
    teamId: string;
    modelId: string;
  }[];
  if (!plan) throw new Error('The dataset has no active plan.');
  const [survey] = (await call(core, 'survey.list', { teamId: plan.teamId })) as { id: string }[];
  return { teamId: plan.teamId, planId: plan.id, modelId: plan.modelId, surveyId: survey?.id ?? '', today };
}

/** The read channels each screen uses, with their input. */
const screenChannels = (ids: BenchIds): [string, unknown][] =>
  (
    [
      ['home.attention', {}],
      ['team.list', {}],
      ['plan.list', {}],
      ['plan.get', { id: ids.planId }],
      ['assessment.list', { teamId: ids.teamId }],
      ['survey.get', { id: ids.surveyId }],
      ['dashboard.team', { teamId: ids.teamId }],
      ['portfolio.get', {}],
    ] as [string, unknown][]
  ).filter(([channel]) => isChannel(channel));

/** Per-team views: their time should not grow with the number of teams. */
const perTeamViews = new Set(['plan.get', 'assessment.list', 'survey.get', 'dashboard.team']);

async function readChannels(): Promise<void> {
  const p95s: Record<string, Partial<Record<DatasetSize, number>>> = {};
  for (const size of ['M', 'L'] as const) {
    const path = dataset(size);
    const core = openCore({ dbPath: path });
    const db = openDatabase(path, { readonly: true });
    const ids = await idsOf(core);
    for (const [channel, input] of screenChannels(ids)) {
      const failure = await call(core, channel, input).then(
        () => null,
        (error: Error) => error.message,
      );
      if (failure !== null) {
        metrics.push({ ...failed, name: `${channel} p95 (${size})`, target: '≤ 16 ms', error: failure });
        continue;
      }
      const timing = await measure(() => call(core, channel, input));
      const baselineOf = baselines[channel];
      const baseline = baselineOf ? (await measure(() => baselineOf(db, ids))).p95 : undefined;
      (p95s[channel] ??= {})[size] = timing.p95;
      const withinBaseline = baseline === undefined || timing.p95 <= 2 * baseline;
      record({
        name: `${channel} p95 (${size})`,
        value: timing.p95,
        unit: 'ms',
        ...(baseline === undefined ? {} : { baseline }),
        target: size === 'L' ? '≤ 16 ms and ≤ 2× SQL' : 'reported',
        pass: size === 'M' || (timing.p95 <= 16 && withinBaseline),
      });
    }
    db.close();
    core.close();
  }
  for (const [channel, bySize] of Object.entries(p95s)) {
    if (!perTeamViews.has(channel) || bySize.M === undefined || bySize.L === undefined) continue;
    record({
      name: `${channel} L/M`,
      value: bySize.L / bySize.M,
      unit: 'x',
      target: '≤ 2',
      pass: bySize.L / bySize.M <= 2,
    });
  }
}

async function writeChannels(): Promise<void> {
  const path = join(dataDir, 'L-writes.db');
  copyFileSync(dataset('L'), path);
  const core = openCore({ dbPath: path });
  const ids = await idsOf(core);
  const model = (await call(core, 'model.get', { id: ids.modelId })) as { dimensions: { id: string }[] };
  let n = 0;
  const createStep = () => call(core, 'step.create', { planId: ids.planId, title: `Bench step ${(n += 1)}` });
  record({
    name: 'step.create p95 (L)',
    value: (await measure(createStep)).p95,
    unit: 'ms',
    target: '≤ 5 ms',
    pass: false,
  });
  const step = (await createStep()) as { id: string };
  const statuses = ['doing', 'todo'];
  const moveStep = () => call(core, 'step.move', { id: step.id, status: statuses[(n += 1) % 2] });
  record({
    name: 'step.move p95 (L)',
    value: (await measure(moveStep)).p95,
    unit: 'ms',
    target: '≤ 5 ms',
    pass: false,
  });
  const assessment = (await call(core, 'assessment.create', {
    teamId: ids.teamId,
    modelId: ids.modelId,
    date: today,
  })) as {
    id: string;
  };
  const saveGrid = () =>
    call(core, 'assessment.setScores', {
      assessmentId: assessment.id,
      scores: model.dimensions.map((d) => ({ dimensionId: d.id, level: (n += 1) % 5 })),
    });
  record({
    name: 'assessment grid save p95 (L)',
    value: (await measure(saveGrid)).p95,
    unit: 'ms',
    target: '≤ 5 ms',
    pass: false,
  });
  for (const metric of metrics.slice(-3)) metric.pass = metric.value <= 5;
  core.close();
  rmSync(path, { force: true });
}

async function filesWork(): Promise<void> {
  const work = join(dataDir, 'files');
  mkdirSync(work, { recursive: true });
  const exported = join(work, 'plan.xlsx');
  const source = openCore({ dbPath: dataset('L'), files: new ScriptedFiles([exported]) });
  const ids = await idsOf(source);
  const xlsx = await once(() =>
    call(source, 'plan.exportSpreadsheet', { planId: ids.planId, format: 'xlsx' }),
  );
  record({
    name: 'XLSX export of an L plan',
    value: xlsx,
    unit: 'ms',
    target: '≤ 5000 ms',
    pass: xlsx <= 5_000,
  });
  source.close();

  const register = join(work, 'register.csv');
  const rows = Array.from({ length: 10_000 }, (_, i) => `Step ${i + 1};Claire Martin;15/01/2027;À faire`);
  writeFileSync(register, `\uFEFFTitre;Responsable;Échéance;Statut\r\n${rows.join('\r\n')}\r\n`);
  const target = join(work, 'import.db');
  copyFileSync(dataset('M'), target);
  const importing = openCore({ dbPath: target, files: new ScriptedFiles([register]) });
  const plan = await idsOf(importing);
  const csv = await once(async () => {
    const preview = (await call(importing, 'register.previewImport', { planId: plan.planId })) as {
      token: string;
      mapping: unknown;
    };
    await call(importing, 'register.applyImport', { token: preview.token, mapping: preview.mapping });
  });
  record({
    name: 'CSV import of 10,000 rows',
    value: csv,
    unit: 'ms',
    target: '≤ 2000 ms',
    pass: csv <= 2_000,
  });
  importing.close();
  rmSync(work, { recursive: true, force: true });
}

function initialJavaScript(): void {
  const dir = join(root, 'out', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  record({
    name: 'initial JS gzipped',
    value: bytes / 1024,
    unit: 'KB',
    target: '≤ 300 KB',
    pass: bytes / 1024 <= 300,
  });
}

async function memory(): Promise<void> {
  const core = openCore({ dbPath: dataset('L') });
  const ids = await idsOf(core);
  // A channel that fails is reported by readChannels(); here it only has to have loaded what it could.
  for (const [channel, input] of screenChannels(ids)) await call(core, channel, input).catch(() => undefined);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  record({
    name: 'core memory after loading L (RSS)',
    value: rss,
    unit: 'MB',
    target: 'reported',
    pass: true,
  });
  core.close();
}

function report(): void {
  mkdirSync(resultsDir, { recursive: true });
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  writeFileSync(
    join(resultsDir, 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, metrics }, null, 2)}\n`,
  );
  const lines = [
    `Machine: ${machine}`,
    '',
    '| metric | value | baseline | ratio | target | pass |',
    '| --- | ---: | ---: | ---: | --- | :---: |',
    ...metrics.map(
      (m) =>
        `| ${m.name} | ${m.error ? `failed: ${m.error}` : `${m.value} ${m.unit}`} | ${m.baseline ?? ''} | ${m.ratio ?? ''} | ${m.target} | ${m.pass ? 'yes' : '**no**'} |`,
    ),
  ];
  console.log(lines.join('\n'));
}

const started = performance.now();
await readChannels();
await writeChannels();
await filesWork();
initialJavaScript();
await memory();
report();
console.log(`\nBenchmarks took ${Math.round((performance.now() - started) / 1000)} s.`);

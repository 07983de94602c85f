import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/dataset';
import { mainBlocking } from '../../bench/mainBlocking';
import { buildCoreWorker, type BuiltWorker } from '../helpers/coreWorker';

let worker: BuiltWorker;
let dir: string;
let dataset: string;

beforeAll(async () => {
  worker = await buildCoreWorker();
  dir = mkdtempSync(join(tmpdir(), 'stepwise-blocking-'));
  dataset = join(dir, 'S.db');
  generateDataset(dataset, 'S', { seed: 1, today: '2026-11-28' });
}, 60_000);
afterAll(() => {
  worker.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const run = (workDir: string) =>
  mainBlocking({
    workerUrl: worker.url,
    backupWorkerUrl: worker.backupUrl,
    dataset,
    workDir: join(dir, workDir),
    planSteps: 2_000,
    csvRows: 1_000,
  });

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Holds the main thread for `ms` of its own CPU time, as synchronous work there would. */
function busy(ms: number): void {
  const start = process.threadCpuUsage();
  const used = () => {
    const { user, system } = process.threadCpuUsage(start);
    return (user + system) / 1000;
  };
  while (used() < ms);
}

describe("the main thread's longest stall", () => {
  it('stays short while the worker exports and imports, and leaves the dataset as it was', async () => {
    const before = digest(dataset);
    const metric = await run('quiet');
    expect(digest(dataset)).toBe(before);
    expect(metric).toMatchObject({ name: 'main.maxBlock', unit: 'ms', target: '≤ 50 ms' });
    expect(metric.value).toBeGreaterThan(0);
    expect(metric.value).toBeLessThan(50);
    expect(metric.pass).toBe(true);
  }, 60_000);

  it('catches main-thread work that holds the loop during the requests', async () => {
    // Every half second, so that some of it falls while the requests are measured.
    const blocking = setInterval(() => busy(100), 500);
    const metric = await run('busy');
    clearInterval(blocking);
    expect(metric.value).toBeGreaterThanOrEqual(90);
    expect(metric.pass).toBe(false);
  }, 60_000);
});

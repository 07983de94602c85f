/**
 * The renderer's metrics for run.ts: the JavaScript the window loads before any navigation, gzipped,
 * and how long the portfolio and a team's dashboard take to be drawn, timed in Chromium by
 * out/bench/renderer.mjs (bench/renderer.ts) in a process of its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Timing } from './measure';
import { record } from './metrics';

/** Each screen's time from navigation to drawn, over fresh pages. */
export interface RendererTimings {
  portfolio: Timing;
  teamDashboard: Timing;
}

const drawnTargetMs = 500;
const initialTargetKb = 300;

/** The gzipped size of the scripts index.html loads, and preloads, before any navigation, in KB. */
export function initialJavaScriptKb(rendererDir: string): number {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.?\/?([^"]+\.js)"/g)].map(
    (match) => match[1] as string,
  );
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file))).length, 0) / 1024;
}

/** Records the initial JavaScript of the renderer built in `rendererDir`, and its timings on `dbPath`. */
export function rendererMetrics(dbPath: string, rendererDir: string): void {
  const initial = initialJavaScriptKb(rendererDir);
  record({
    name: 'initial JS gzipped',
    value: initial,
    unit: 'KB',
    target: `≤ ${initialTargetKb} KB`,
    pass: initial <= initialTargetKb,
  });
  // Built beside run.mjs by vite.bench.config.ts.
  const script = join(dirname(fileURLToPath(import.meta.url)), 'renderer.mjs');
  const output = execFileSync(process.execPath, [script, dbPath, rendererDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const timings = JSON.parse(output) as RendererTimings;
  for (const [name, timing] of [
    ['portfolio drawn p95 (L)', timings.portfolio],
    ['team dashboard drawn p95 (L)', timings.teamDashboard],
  ] as const) {
    record({
      name,
      value: timing.p95,
      unit: 'ms',
      target: `≤ ${drawnTargetMs} ms`,
      pass: timing.p95 <= drawnTargetMs,
    });
  }
}

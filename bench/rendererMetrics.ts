/**
 * The renderer's metrics for run.ts: the JavaScript the window loads before any navigation, gzipped,
 * and how long the portfolio and a team's dashboard take to be drawn, timed in Chromium by
 * out/bench/renderer.mjs (bench/renderer.ts) in a process of its own.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Timing } from './measure';
import { record } from './metrics';
import { jsonFromOwnProcess } from './ownProcess';

/** How each timed run opens a screen: by reloading one page, or in a new page (renderer.ts). */
export type Opening = 'reload' | 'newPage';

/** Each screen's time from navigation to drawn, opened one way and the other. */
export type RendererTimings = Record<Opening, { portfolio: Timing; teamDashboard: Timing }>;

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
  const timings = jsonFromOwnProcess<RendererTimings>(script, [dbPath, rendererDir]);
  // The target is timed as the app opens: in a window whose renderer process is already running.
  for (const [name, timing] of [
    ['portfolio drawn p95 (L)', timings.reload.portfolio],
    ['team dashboard drawn p95 (L)', timings.reload.teamDashboard],
  ] as const) {
    record({
      name,
      value: timing.p95,
      unit: 'ms',
      target: `≤ ${drawnTargetMs} ms`,
      pass: timing.p95 <= drawnTargetMs,
    });
  }
  for (const [name, timing] of [
    ['portfolio drawn in a new page p95 (L)', timings.newPage.portfolio],
    ['team dashboard drawn in a new page p95 (L)', timings.newPage.teamDashboard],
  ] as const) {
    record({ name, value: timing.p95, unit: 'ms', target: 'reported', pass: true });
  }
}

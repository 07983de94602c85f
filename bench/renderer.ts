/**
 * The renderer's timings, run by run.ts in a process of its own (rendererMetrics.ts): the built renderer
 * served as the e2e tests serve it, in Chromium, its `window.api` bridged to a real core on a dataset,
 * each screen timed from navigation to the mark it sets once its data is drawn. The core runs in its
 * worker thread, as in the app, so that a long request does not hold up serving the page's files.
 * Checked with the tests' TypeScript settings, as the page functions it shares with them need the DOM's
 * types.
 */
import type { Browser } from 'playwright-core';
import { drawnMarks, type DrawnMarkName } from '@shared/marks';
import { startCoreClient, type CoreClient } from '../src/main/worker/coreClient';
import { bridgeApiToPage } from '../test/e2e/harness/bridge';
import { launchChromium } from '../test/e2e/harness/browser';
import { startRendererServer } from '../test/e2e/harness/server';
import { timingOf } from './measure';
import type { RendererTimings } from './rendererMetrics';

const runs = 5;
const warmup = 1;

/** Opens `route` in a fresh page `runs` times and gives how long after navigation `mark` was set. */
async function timeScreen(
  browser: Browser,
  core: CoreClient,
  origin: string,
  route: string,
  mark: DrawnMarkName,
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i += 1) {
      const page = await context.newPage();
      const bridge = await bridgeApiToPage(page, core);
      await page.goto(`${origin}/${route}`);
      const handle = await page.waitForFunction(
        (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime,
        mark,
        { timeout: 120_000 },
      );
      const drawnAt = (await handle.jsonValue()) as number;
      if (i >= warmup) times.push(drawnAt);
      bridge.detach();
      await page.close();
    }
    return timingOf(times);
  } finally {
    await context.close();
  }
}

/** `node out/bench/renderer.mjs <database> <renderer folder>`: prints the timings as JSON. */
async function main(dbPath: string, rendererDir: string): Promise<RendererTimings> {
  // Built beside renderer.mjs by vite.bench.config.ts.
  const core = await startCoreClient({ dbPath, workerUrl: new URL('./coreWorker.mjs', import.meta.url) });
  const [server, browser] = await Promise.all([startRendererServer(rendererDir), launchChromium()]);
  try {
    const teams = await core.invoke('team.list', {});
    if (!teams.ok) throw new Error(`team.list: ${teams.error.message}`);
    const [team] = teams.value as { id: string }[];
    if (!team) throw new Error('The dataset has no team.');
    return {
      portfolio: await timeScreen(browser, core, server.origin, '#/portfolio', drawnMarks.portfolio),
      teamDashboard: await timeScreen(
        browser,
        core,
        server.origin,
        `#/team/${team.id}`,
        drawnMarks.teamDashboard,
      ),
    };
  } finally {
    await Promise.allSettled([browser.close(), server.close()]);
    await core.close();
  }
}

const [dbPath, rendererDir] = process.argv.slice(2);
if (!dbPath || !rendererDir) throw new Error('Usage: renderer.mjs <database> <renderer folder>');
console.log(JSON.stringify(await main(dbPath, rendererDir)));

/**
 * The renderer's timings, run by run.ts in a process of its own (rendererMetrics.ts): the built renderer
 * served as the e2e tests serve it, in Chromium, its `window.api` bridged to a real core on a dataset,
 * each screen timed from navigation to the mark it sets once its data is drawn. The core runs in its
 * worker thread, as in the app, so that a long request does not hold up serving the page's files.
 * Checked with the tests' TypeScript settings, as the page functions it shares with them need the DOM's
 * types.
 */
import { setTimeout } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { drawnMarks, type DrawnMarkName } from '@shared/marks';
import { startCoreClient, type CoreClient } from '../src/main/worker/coreClient';
import { bridgeApiToPage } from '../test/e2e/harness/bridge';
import { launchChromium } from '../test/e2e/harness/browser';
import { startRendererServer, type RendererServer } from '../test/e2e/harness/server';
import { timingOf, type Timing } from './measure';
import type { Opening, RendererTimings } from './rendererMetrics';

const runs = 5;
const warmup = 1;
const settleMs = 1000;

/** How long after the page's latest navigation `mark` was set. */
async function drawnAt(page: Page, mark: DrawnMarkName): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime,
    mark,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Opens `url` `runs` times and gives how long after each navigation `mark` was set: by reloading one
 * page, which keeps its renderer process as the app's window does, or in a new page each time. A new
 * page makes Chromium start two renderer processes (about:blank's, then the site's) and end the former
 * page's, all on the cores that draw the screen.
 */
async function timeScreen(
  browser: Browser,
  core: CoreClient,
  server: RendererServer,
  url: string,
  mark: DrawnMarkName,
  opening: Opening,
): Promise<Timing> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const open = async () => {
    const page = await context.newPage();
    const bridge = await bridgeApiToPage(page, core, server);
    await page.goto(url);
    return { page, bridge };
  };
  try {
    const times: number[] = [];
    let opened = await open();
    for (let i = 0; i < warmup + runs; i += 1) {
      // Each run starts once the former's work is over (its document torn down, its memory collected),
      // as the app's window opens with nothing else running.
      if (i > 0) await setTimeout(settleMs);
      if (i > 0 && opening === 'reload') await opened.page.reload();
      if (i > 0 && opening === 'newPage') {
        opened.bridge.detach();
        await opened.page.close();
        opened = await open();
      }
      const drawn = await drawnAt(opened.page, mark);
      if (i >= warmup) times.push(drawn);
    }
    opened.bridge.detach();
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
    const screens = {
      portfolio: [`${server.origin}/#/portfolio`, drawnMarks.portfolio],
      teamDashboard: [`${server.origin}/#/team/${team.id}`, drawnMarks.teamDashboard],
    } as const;
    const timeScreens = async (opening: Opening) => ({
      portfolio: await timeScreen(browser, core, server, ...screens.portfolio, opening),
      teamDashboard: await timeScreen(browser, core, server, ...screens.teamDashboard, opening),
    });
    return { reload: await timeScreens('reload'), newPage: await timeScreens('newPage') };
  } finally {
    await Promise.allSettled([browser.close(), server.close()]);
    await core.close();
  }
}

const [dbPath, rendererDir] = process.argv.slice(2);
if (!dbPath || !rendererDir) throw new Error('Usage: renderer.mjs <database> <renderer folder>');
console.log(JSON.stringify(await main(dbPath, rendererDir)));

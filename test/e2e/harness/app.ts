import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Language } from '@shared/domain/settings';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { assertAccessible, type AxeOptions, type AxeViolation } from './axe';
import { bridgeApiToPage, type ApiBridge } from './bridge';
import { launchChromium } from './browser';
import { Guards, watchPage } from './guards';
import { ChromiumPrinter } from './printer';
import { rendererDir, screenshotsDir } from './paths';
import { startRendererServer, type RendererServer } from './server';

export interface LaunchOptions {
  /** Set in the database before the page loads, as a user would have chosen it (default `en`). */
  language?: Language;
  /** Loads the sample data through `app.loadSampleData` before the page loads. */
  sample?: boolean;
  viewport?: { width: number; height: number };
  /** The route opened first, e.g. `#/teams` (default: the app's start page). */
  route?: string;
  /** Fixes "now" for the core and the page, for screenshots that do not change from day to day. */
  now?: Date;
}

/** One user's Stepwise: a page on the built renderer whose `window.api` reaches a real core. */
export interface StepwiseApp {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The real core on a temporary database: tests check what the page saved with `core.call`. */
  readonly core: TestCore;
  readonly language: Language;
  /** `http://127.0.0.1:<port>`, the only origin the page may reach. */
  readonly origin: string;
  readonly guards: Guards;
  readonly bridge: ApiBridge;
  /** Opens a route of the app: `#/teams`, or a path on the app's origin. */
  goto(route: string): Promise<void>;
  /** Waits until the page has no call to the core in flight, has painted and has its fonts. */
  settled(): Promise<void>;
  /** Saves `screenshots/<language>/<name>.png` once the page has settled; returns the file's path. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Runs axe-core and fails on serious or critical violations. */
  assertAccessible(options?: AxeOptions): Promise<AxeViolation[]>;
  /** Closes the page and the core; fails when the guards recorded a problem. */
  close(): Promise<void>;
}

export interface E2eSession {
  /** A fresh browser context on a fresh database; closed and checked after the test that opened it. */
  launchApp(options?: LaunchOptions): Promise<StepwiseApp>;
  readonly browser: Browser;
  readonly origin: string;
}

const defaultViewport = { width: 1280, height: 800 };
const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const settleTimeoutMs = 10_000;

/**
 * Sets up one e2e test file: one Chromium and one server for the whole file (beforeAll), and after each
 * test the apps it launched closed and every app's guards checked, so that a request leaving the app, a
 * `console.error` or an uncaught error fails the test in which it happened. Call at the top of the file.
 */
export function setupE2e(): E2eSession {
  let browser: Browser | undefined;
  let server: RendererServer | undefined;
  const open = new Set<StepwiseApp>();
  const openedInTest = new Set<StepwiseApp>();
  let inTest = false;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startRendererServer(rendererDir), launchChromium()]);
  });

  beforeEach(() => {
    inTest = true;
  });

  afterEach(async () => {
    inTest = false;
    const failures: string[] = [];
    for (const app of open) {
      try {
        if (openedInTest.has(app)) await app.close();
        else app.guards.assertClean();
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    openedInTest.clear();
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  });

  afterAll(async () => {
    const closed = await Promise.allSettled([...open].map((app) => app.close()));
    await Promise.allSettled([browser?.close(), server?.close()]);
    // Problems of apps shared across the file (launched in beforeAll) are reported here at the latest.
    const failure = closed.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  });

  const startedServer = () => {
    if (!server) throw new Error('The server starts in beforeAll: launch apps in tests or hooks.');
    return server;
  };
  const session: E2eSession = {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll: launch apps in tests or hooks.');
      return browser;
    },
    get origin() {
      return startedServer().origin;
    },
    launchApp: async (options = {}) => {
      const app = await launchApp(session.browser, startedServer(), options, () => {
        open.delete(app);
        openedInTest.delete(app);
      });
      open.add(app);
      if (inTest) openedInTest.add(app);
      return app;
    },
  };
  return session;
}

async function launchApp(
  browser: Browser,
  server: RendererServer,
  options: LaunchOptions,
  onClose: () => void,
): Promise<StepwiseApp> {
  const { origin } = server;
  const language = options.language ?? 'en';
  const now = options.now;
  // PDF exports print the app's print view in this browser, as the app's hidden window does.
  const printer = new ChromiumPrinter();
  // A new database, as on a system in the language asked for: the app starts in it.
  const core = makeTestCore({
    printer,
    systemLanguage: language,
    ...(now ? { clock: () => new Date(now) } : {}),
  });
  let context: BrowserContext | undefined;
  try {
    if (options.sample) await core.call('app.loadSampleData', {});

    context = await browser.newContext({
      viewport: options.viewport ?? defaultViewport,
      deviceScaleFactor: 1,
      locale: locales[language],
      timezoneId: 'UTC',
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const guards = new Guards(origin);
    await watchPage(context, page, guards);
    printer.attach({ context, origin, core, guards });
    const bridge = await bridgeApiToPage(page, core, server);
    if (now) await page.clock.setFixedTime(now);
    const app = makeApp({ page, context, core, language, origin, guards, bridge, onClose });
    await app.goto(options.route ?? '/');
    return app;
  } catch (error) {
    await context?.close().catch(() => undefined);
    await core.dispose();
    throw error;
  }
}

function makeApp(parts: {
  page: Page;
  context: BrowserContext;
  core: TestCore;
  language: Language;
  origin: string;
  guards: Guards;
  bridge: ApiBridge;
  onClose: () => void;
}): StepwiseApp {
  const { page, context, core, language, origin, guards, bridge, onClose } = parts;
  let closing: Promise<void> | undefined;

  const settled = async () => {
    const deadline = Date.now() + settleTimeoutMs;
    // Two quiet frames in a row: a call answered in one frame often starts the next call.
    for (let quiet = 0; quiet < 2;) {
      await page.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      );
      quiet = bridge.pending === 0 ? quiet + 1 : 0;
      if (Date.now() > deadline) throw new Error(`The page kept calling the core for ${settleTimeoutMs} ms.`);
    }
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
  };

  return {
    page,
    context,
    core,
    language,
    origin,
    guards,
    bridge,
    goto: async (route) => {
      const url = route.startsWith('#') ? `${origin}/${route}` : new URL(route, origin).href;
      await page.goto(url, { waitUntil: 'load' });
    },
    settled,
    screenshot: async (name, options = {}) => {
      if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) {
        throw new Error(`Screenshot names are letters, digits and dashes: ${JSON.stringify(name)}`);
      }
      const folder = join(screenshotsDir, language);
      mkdirSync(folder, { recursive: true });
      const path = join(folder, `${name}.png`);
      await settled();
      await page.screenshot({
        path,
        fullPage: options.fullPage ?? false,
        animations: 'disabled',
        caret: 'hide',
      });
      return path;
    },
    assertAccessible: (options) => assertAccessible(page, options),
    close: () =>
      (closing ??= (async () => {
        onClose();
        bridge.detach();
        try {
          await context.close();
        } finally {
          await core.dispose();
        }
        guards.assertClean();
      })()),
  };
}

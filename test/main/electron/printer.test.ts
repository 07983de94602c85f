import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** The slice of Electron a printing window touches: the page answers its print state, then prints. */
const electron = vi.hoisted(() => {
  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    readonly session = { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} };
    /** What the page answers, poll after poll; the last answer repeats. */
    states: (string | null)[] = ['ready'];
    readonly scripts: string[] = [];
    printOptions: unknown = null;
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    setWindowOpenHandler() {}
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
    executeJavaScript(script: string) {
      this.scripts.push(script);
      return Promise.resolve(this.states.length > 1 ? this.states.shift() : this.states[0]);
    }
    printToPDF(options: unknown) {
      this.printOptions = options;
      return Promise.resolve(Buffer.from('%PDF-1.4 report'));
    }
  }

  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    /** How the next window's page load ends. */
    static loadOutcome: 'loaded' | 'failed' = 'loaded';
    static nextStates: (string | null)[] = ['ready'];
    readonly webContents = new FakeWebContents();
    readonly onceListeners = new Map<string, Listener>();
    loadedUrl: string | null = null;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      this.webContents.states = FakeBrowserWindow.nextStates;
      FakeBrowserWindow.created.push(this);
    }
    once(name: string, listener: Listener) {
      this.onceListeners.set(name, listener);
      return this;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      // The page loads after the caller has set its listeners, as it does in Electron.
      setTimeout(() =>
        FakeBrowserWindow.loadOutcome === 'loaded'
          ? this.webContents.emit('did-finish-load')
          : this.webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED'),
      );
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
    }
  }

  return { BrowserWindow: FakeBrowserWindow, shell: { openExternal: vi.fn() }, protocol: {} };
});
vi.mock('electron', () => electron);

import { windowPrinter } from '../../../src/main/electron/printer';

const request = { planId: '0b0e7c9a-4f7e-4a51-9a39-5b3f8a1f2c11', language: 'fr', clientCopy: true } as const;
const printer = (timeoutMs = 1_000) =>
  windowPrinter({
    preloadPath: '/app/preload.cjs',
    appUrl: 'app://stepwise/index.html',
    timeoutMs,
    pollMs: 1,
  });
const lastWindow = () => electron.BrowserWindow.created.at(-1)!;

function prepare(states: (string | null)[], loadOutcome: 'loaded' | 'failed' = 'loaded') {
  electron.BrowserWindow.nextStates = states;
  electron.BrowserWindow.loadOutcome = loadOutcome;
}

describe('the window printer', () => {
  it('opens the print view in a hidden secure window, waits until it is ready, prints A4 and closes it', async () => {
    prepare([null, null, 'ready']);
    const pdf = await printer().print(request);

    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.4 report');
    const window = lastWindow();
    expect(window.loadedUrl).toBe(
      `app://stepwise/index.html#/print/${request.planId}?lang=fr&clientCopy=true`,
    );
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { preload: '/app/preload.cjs', contextIsolation: true, sandbox: true },
    });
    // Hidden for good: the window never shows itself once painted.
    expect(window.onceListeners.has('ready-to-show')).toBe(false);
    expect(window.webContents.scripts).toEqual(
      Array(3).fill('document.documentElement.getAttribute("data-print-state")'),
    );
    expect(window.webContents.printOptions).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(window.destroyed).toBe(true);
  });

  it('stops at once, in plain words, when the view says the report cannot be shown', async () => {
    prepare([null, 'failed']);
    await expect(printer().print(request)).rejects.toThrow('The report could not be prepared for printing.');
    expect(lastWindow().webContents.printOptions).toBeNull();
    expect(lastWindow().destroyed).toBe(true);
  });

  it('gives up when the view is never ready', async () => {
    prepare([null]);
    await expect(printer(20).print(request)).rejects.toThrow(
      'The report took too long to prepare for printing.',
    );
    expect(lastWindow().destroyed).toBe(true);
  });

  it('reports a page that does not load', async () => {
    prepare(['ready'], 'failed');
    await expect(printer().print(request)).rejects.toThrow(
      "The report's page could not be loaded: ERR_NAME_NOT_RESOLVED.",
    );
    expect(lastWindow().webContents.printOptions).toBeNull();
    expect(lastWindow().destroyed).toBe(true);
  });

  it('prints from the dev server in development', async () => {
    prepare(['ready']);
    await windowPrinter({ preloadPath: '/p.cjs', appUrl: 'http://localhost:5173' }).print({
      ...request,
      language: 'en',
      clientCopy: false,
    });
    expect(lastWindow().loadedUrl).toBe(
      `http://localhost:5173/#/print/${request.planId}?lang=en&clientCopy=false`,
    );
  });
});

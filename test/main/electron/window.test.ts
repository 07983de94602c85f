import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** The slice of Electron the window factory touches, recording what it is given. */
const electron = vi.hoisted(() => {
  class FakeSession {
    requestHandler:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    checkHandler: ((contents: unknown, permission: string) => boolean) | null = null;
    setPermissionRequestHandler(handler: FakeSession['requestHandler']) {
      this.requestHandler = handler;
    }
    setPermissionCheckHandler(handler: FakeSession['checkHandler']) {
      this.checkHandler = handler;
    }
  }

  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    readonly session = new FakeSession();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
      this.windowOpenHandler = handler;
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }

  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly onceListeners = new Map<string, Listener>();
    shown = false;
    loadedUrl: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once(name: string, listener: Listener) {
      this.onceListeners.set(name, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }

  return {
    BrowserWindow: FakeBrowserWindow,
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
    protocol: {},
  };
});
vi.mock('electron', () => electron);

import { createSecureWindow, secureWebPreferences } from '../../../src/main/electron/window';

function navigationEvent(url: string) {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function makeWindow(url = 'app://stepwise/index.html') {
  createSecureWindow({ preloadPath: '/app/out/preload/preload.cjs', url });
  const window = electron.BrowserWindow.created.at(-1);
  if (!window) throw new Error('createSecureWindow made no window');
  return window;
}

function navigate(
  url: string,
  windowUrl?: string,
  event: 'will-navigate' | 'will-redirect' = 'will-navigate',
) {
  const navigation = navigationEvent(url);
  makeWindow(windowUrl).webContents.emit(event, navigation);
  return navigation.defaultPrevented;
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and gives it no Node, webviews, insecure content or middle-click windows', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

describe('createSecureWindow', () => {
  it('makes a hidden window with the secure preferences and shows it once painted', () => {
    const window = makeWindow();
    expect(window.options).toMatchObject({
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 640,
      show: false,
      backgroundColor: expect.stringMatching(/^#[0-9a-f]{6}$/),
      webPreferences: secureWebPreferences('/app/out/preload/preload.cjs'),
    });
    expect(window.loadedUrl).toBe('app://stepwise/index.html');
    expect(window.shown).toBe(false);
    window.onceListeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
  });

  it('denies every new window and sends only allowlisted https links to the browser', () => {
    const { windowOpenHandler } = makeWindow().webContents;
    for (const url of [
      'https://github.com/stepwise',
      'http://github.com/stepwise',
      'https://example.com/',
      'app://stepwise/index.html',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://github.com/stepwise']]);
  });

  it('cancels navigation and redirects away from the app', () => {
    for (const url of [
      'https://example.com/',
      'https://github.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'app://stepwise.evil/index.html',
      'app://other/index.html',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(navigate(url), url).toBe(true);
      expect(navigate(url, undefined, 'will-redirect'), url).toBe(true);
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('lets the app navigate within app://stepwise/', () => {
    expect(navigate('app://stepwise/index.html')).toBe(false);
    expect(navigate('app://stepwise/plans/3')).toBe(false);
    expect(navigate('app://stepwise/index.html', undefined, 'will-redirect')).toBe(false);
  });

  it('in development lets the app navigate within its dev server, and nowhere else', () => {
    const devServer = 'http://localhost:5173/';
    expect(navigate('http://localhost:5173/index.html', devServer)).toBe(false);
    expect(navigate('app://stepwise/index.html', devServer)).toBe(false);
    expect(navigate('http://localhost:5174/', devServer)).toBe(true);
    expect(navigate('https://localhost:5173/', devServer)).toBe(true);
    expect(navigate('data:text/html,hi', devServer)).toBe(true);
  });

  it('refuses to attach webviews', () => {
    const event = navigationEvent('');
    makeWindow().webContents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check on its session but writing to the clipboard', () => {
    const { session } = makeWindow().webContents;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.requestHandler?.(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.checkHandler?.(null, permission)).toBe(false);
    }
    // Copying a workshop's summary writes text; it reads nothing the user copied.
    const callback = vi.fn();
    session.requestHandler?.(null, 'clipboard-sanitized-write', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(true);
    expect(session.checkHandler?.(null, 'clipboard-sanitized-write')).toBe(true);
  });
});

/** The only way the app makes a window, so that no window can be made without the security settings. */
import { BrowserWindow } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import { openExternalSafe } from './external';
import { isAppUrl } from './protocol';

export interface SecureWindowOptions {
  preloadPath: string;
  /** `app://stepwise/index.html`, or in development the electron-vite dev server. */
  url: string;
  title?: string;
}

/** The renderer gets no Node, no Electron and no way around the web's own rules; only the preload's api. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

/**
 * Keeps a webContents on the app's own pages: new windows are refused (https links to allowlisted hosts
 * go to the browser instead) and navigations or redirects elsewhere are cancelled.
 */
export function guardWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app asks for no camera, notifications, geolocation or the like, so every request is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const browserWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: options.title ?? 'Stepwise',
    // Shown once painted, on the app's background colour, so it does not flash white.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  // The window's own URL is what it may navigate within: the app origin, or the dev server in development.
  guardWebContents(browserWindow.webContents, options.url);
  denyPermissions(browserWindow.webContents.session);
  browserWindow.once('ready-to-show', () => browserWindow.show());
  browserWindow.loadURL(options.url).catch((error: unknown) => {
    console.error(`Could not load ${options.url}:`, error);
  });
  return browserWindow;
}

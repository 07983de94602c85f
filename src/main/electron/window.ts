/** The only way the app makes a window, so that no window can be made without the security settings. */
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { openExternalSafe } from './desktop';
import { isAppUrl } from '../shell/appProtocol';

export interface SecureWindowOptions {
  preloadPath: string;
  /** `app://stepwise/index.html`, or in development the electron-vite dev server. */
  url: string;
  title?: string;
  /** Never shown: a window that only prints (the report's PDF). */
  hidden?: boolean;
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
    // A middle click (auxclick) on a link would otherwise ask for a new window.
    disableBlinkFeatures: 'Auxclick',
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

/**
 * The one permission the app uses: writing text to the clipboard (copying a workshop's summary), which
 * cannot read what the user copied elsewhere.
 */
const allowedPermission = 'clipboard-sanitized-write';

/** The app asks for no camera, notifications, geolocation or the like, so every other request is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === allowedPermission),
  );
  session.setPermissionCheckHandler((_contents, permission) => permission === allowedPermission);
}

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const windowOptions: BrowserWindowConstructorOptions = {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: options.title ?? 'Stepwise',
    // Shown once painted, on the app's background colour, so it does not flash white.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(options.preloadPath),
  };
  // Electronegativity reads options only where they are written out: secureWebPreferences sets these (tested).
  const browserWindow = new BrowserWindow(windowOptions); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  // The window's own URL is what it may navigate within: the app origin, or the dev server in development.
  guardWebContents(browserWindow.webContents, options.url);
  denyPermissions(browserWindow.webContents.session);
  if (!options.hidden) browserWindow.once('ready-to-show', () => browserWindow.show());
  browserWindow.loadURL(options.url).catch((error: unknown) => {
    console.error(`Could not load ${options.url}:`, error);
  });
  return browserWindow;
}

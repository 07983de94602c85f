/** The main-process entry: one instance, one core, one secure window. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain } from 'electron';
import { preferredLanguage } from '@shared/domain/constants';
import { startBackupSchedule } from '../backup/schedule';
import type { CoreClient } from '../worker/coreClient';
import { startAppCore } from './core';
import { bindContract, forwardEvents, trustedFrame } from './ipc';
import { applicationMenu } from './menu';
import { APP_URL } from '../shell/appProtocol';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createSecureWindow, guardWebContents } from './window';

const here = dirname(fileURLToPath(import.meta.url));
/** Set by `electron-vite dev`: the renderer then comes from its dev server instead of `app://`. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const isMac = process.platform === 'darwin';
const preloadPath = join(here, '../preload/preload.cjs');

let core: CoreClient | undefined;
let mainWindow: BrowserWindow | undefined;
let stopBackups: (() => void) | undefined;

registerAppScheme();

function openMainWindow(): void {
  const browserWindow = createSecureWindow({
    preloadPath,
    url: devServerUrl ?? APP_URL,
  });
  browserWindow.on('closed', () => {
    if (mainWindow === browserWindow) mainWindow = undefined;
  });
  mainWindow = browserWindow;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
  await app.whenReady();
  handleAppProtocol(join(here, '../renderer'));
  try {
    // The core runs in a worker thread: no import or export holds up the windows.
    core = await startAppCore({
      mainDir: here,
      dbPath: join(app.getPath('userData'), 'stepwise.db'),
      systemLanguage: preferredLanguage(app.getPreferredSystemLanguages()),
      getWindow: () => mainWindow,
      preloadPath,
      appUrl: devServerUrl ?? APP_URL,
    });
  } catch (error) {
    // For instance a database written by a newer Stepwise: the message says what to do.
    dialog.showErrorBox('Stepwise cannot open its data', errorMessage(error));
    app.quit();
    return;
  }
  // A backup that fails is retried at the next check; the list in Settings shows what there is.
  stopBackups = startBackupSchedule(core, (error) => console.error('Scheduled backup failed:', error));
  bindContract(ipcMain, core, trustedFrame(devServerUrl));
  forwardEvents(core, () => BrowserWindow.getAllWindows());
  Menu.setApplicationMenu(applicationMenu({ isMac, isPackaged: app.isPackaged }));
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Stepwise already has the database open; it is brought to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // A second guard for every webContents, including any the window's own guard never saw.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  // After the windows have closed, so no call can reach a closed database; quitting waits for the worker
  // to close it (SQLite checkpoints its log then).
  app.on('will-quit', (event) => {
    stopBackups?.();
    const closing = core;
    core = undefined;
    if (!closing) return;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => console.error('Closing the data failed:', error))
      .finally(() => app.quit());
  });

  start().catch((error: unknown) => {
    dialog.showErrorBox('Stepwise could not start', errorMessage(error));
    app.quit();
  });
}

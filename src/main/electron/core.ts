/** The app's core: started in its worker thread beside the main bundle, its ports answered by Electron. */
import { join } from 'node:path';
import type { Language } from '@shared/domain/settings';
import { startCoreClient, type CoreClient } from '../worker/coreClient';
import { desktopFolders, dialogFiles } from './desktop';
import { windowPrinter, type WindowPrinterOptions } from './printer';

export interface AppCoreOptions extends Pick<WindowPrinterOptions, 'preloadPath' | 'appUrl'> {
  /** The folder of the main bundle, where electron-vite writes coreWorker.js and backupWorker.js beside app.js. */
  mainDir: string;
  dbPath: string;
  /** The window the file dialogs belong to. */
  getWindow: Parameters<typeof dialogFiles>[0];
  /** The language a new database starts in: the first of the system's that the app speaks. */
  systemLanguage: Language;
}

export function startAppCore(options: AppCoreOptions): Promise<CoreClient> {
  const { mainDir, dbPath, getWindow, preloadPath, appUrl, systemLanguage } = options;
  return startCoreClient({
    workerUrl: join(mainDir, 'coreWorker.js'),
    backupWorkerUrl: join(mainDir, 'backupWorker.js'),
    dbPath,
    systemLanguage,
    files: dialogFiles(getWindow),
    folders: desktopFolders,
    printer: windowPrinter({ preloadPath, appUrl }),
  });
}

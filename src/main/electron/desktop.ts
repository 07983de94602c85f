/**
 * The desktop's services, reached through Electron: its file dialogs (the core's file port), its file
 * manager (the core's folder port) and the user's browser (the one way out of the app).
 */
import { dialog, shell, type BrowserWindow } from 'electron';
import { DomainError } from '@shared/result';
import type { FilePort } from '../core/files';
import type { FolderPort } from '../core/folders';
import { allowedExternalUrl } from '../shell/externalLinks';

/** Electron's save and open dialogs, attached to the app's window when there is one. */
export function dialogFiles(getWindow: () => BrowserWindow | undefined): FilePort {
  return {
    chooseSavePath: async ({ defaultName, filters }) => {
      const options = { defaultPath: defaultName, filters };
      const window = getWindow();
      const { canceled, filePath } = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },
    chooseOpenPath: async ({ filters }) => {
      const options = { filters, properties: ['openFile' as const] };
      const window = getWindow();
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return canceled ? null : (filePaths[0] ?? null);
    },
  };
}

/** The system's file manager shows the folder. */
export const desktopFolders: FolderPort = {
  open: async (path) => {
    // `openPath` answers with an error message, empty when the folder was shown.
    const problem = await shell.openPath(path);
    if (problem) throw new DomainError('internal', `The folder could not be shown: ${problem}`);
  },
};

/** Opens the URL in the user's browser if it is allowed; returns whether it was handed over. */
export function openExternalSafe(url: string): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) return false;
  // The parsed form, so the browser opens exactly what was checked (the parser drops tabs and newlines).
  // Electronegativity asks for a review of every openExternal: this one gets only allowlisted https URLs.
  const opening = shell.openExternal(allowed.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  opening.catch((error: unknown) => {
    // Nothing in the window waits on this; a missing browser is the OS's message to show.
    console.error('Could not open an external link:', error);
  });
  return true;
}

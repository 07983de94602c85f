/** The core's file port in the app: Electron's save and open dialogs, attached to the app's window. */
import { dialog, type BrowserWindow } from 'electron';
import type { FilePort } from '../core/files';

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

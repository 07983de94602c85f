/** The core's folder port in the app: the system's file manager shows the folder. */
import { shell } from 'electron';
import { DomainError } from '@shared/result';
import type { FolderPort } from '../core/folders';

export const desktopFolders: FolderPort = {
  open: async (path) => {
    // `openPath` answers with an error message, empty when the folder was shown.
    const problem = await shell.openPath(path);
    if (problem) throw new DomainError('internal', `The folder could not be shown: ${problem}`);
  },
};

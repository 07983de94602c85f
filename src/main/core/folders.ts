import { DomainError } from '@shared/result';

/**
 * How the core shows a folder to the user (the backup folder): the Electron shell opens it in the
 * system's file manager. The path always comes from main, never from the renderer.
 */
export interface FolderPort {
  open(path: string): Promise<void>;
}

/** For a core without a desktop (the command line, scripts): showing a folder fails plainly. */
export const noFolders: FolderPort = {
  open: () => Promise.reject(new DomainError('internal', 'Only the Stepwise app can show a folder.')),
};

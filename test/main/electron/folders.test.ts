import { describe, expect, it, vi } from 'vitest';

/** Electron's shell, answering as the desktop does: an empty string when the folder was shown. */
const electron = vi.hoisted(() => ({
  shell: { openPath: vi.fn((_path: string) => Promise.resolve('')) },
}));
vi.mock('electron', () => electron);

import { desktopFolders } from '../../../src/main/electron/folders';

describe('desktopFolders', () => {
  it('asks the desktop to show the folder', async () => {
    await desktopFolders.open('/home/ana/.config/Stepwise/backups');
    expect(electron.shell.openPath).toHaveBeenCalledExactlyOnceWith('/home/ana/.config/Stepwise/backups');
  });

  it('turns the desktop’s refusal into an error the app can show', async () => {
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path');
    await expect(desktopFolders.open('/nowhere')).rejects.toMatchObject({
      code: 'internal',
      message: 'The folder could not be shown: Failed to open path',
    });
  });
});

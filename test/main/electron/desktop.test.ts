import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

/**
 * Electron's dialog and shell modules, answering as a user and the desktop would: a path or cancelled;
 * an empty string when a folder was shown.
 */
const electron = vi.hoisted(() => ({
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
  },
  shell: {
    openPath: vi.fn((_path: string) => Promise.resolve('')),
    openExternal: vi.fn((_url: string) => Promise.resolve()),
  },
}));
vi.mock('electron', () => electron);

import { desktopFolders, dialogFiles, openExternalSafe } from '../../../src/main/electron/desktop';
import { externalHosts } from '../../../src/main/shell/externalLinks';

const window = { id: 1 } as unknown as BrowserWindow;
const filters = [{ name: 'Stepwise plan', extensions: ['json'] }];
beforeEach(() => vi.clearAllMocks());

describe('the file dialogs', () => {
  it('save where the user chose, suggesting the name, attached to the window', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/home/ana/plan.stepwise.json',
    });
    const files = dialogFiles(() => window);
    expect(await files.chooseSavePath({ defaultName: 'plan.stepwise.json', filters })).toBe(
      '/home/ana/plan.stepwise.json',
    );
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'plan.stepwise.json',
      filters,
    });
  });

  it('answer null when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const files = dialogFiles(() => window);
    expect(await files.chooseSavePath({ defaultName: 'a.xlsx', filters })).toBeNull();
    expect(await files.chooseOpenPath({ filters })).toBeNull();
  });

  it('open one file, even with no window to attach to', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/tmp/register.xlsx'] });
    const files = dialogFiles(() => undefined);
    expect(await files.chooseOpenPath({ filters })).toBe('/tmp/register.xlsx');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ filters, properties: ['openFile'] });
  });
});

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

describe('openExternalSafe', () => {
  it('allows only the hosts the app links to', () => {
    expect(externalHosts).toEqual(['github.com']);
  });

  it('opens https links to an allowlisted host in the browser', () => {
    expect(openExternalSafe('https://github.com/stepwise/stepwise/issues')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://github.com/stepwise/stepwise/issues',
    );
  });

  it.each([
    ['plain http', 'http://github.com/stepwise'],
    ['a script', 'javascript:alert(document.cookie)'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['another host', 'https://example.com/'],
    ['a look-alike host', 'https://github.com.evil.example/'],
    ['a host ending in the allowed one', 'https://evilgithub.com/'],
    ['a subdomain', 'https://gist.github.com/'],
    ['credentials in the URL', 'https://user:secret@github.com/'],
    ['another port', 'https://github.com:8443/'],
    ['an app URL', 'app://stepwise/index.html'],
    ['something that is not a URL', 'github.com'],
  ])('refuses %s', (_what, url) => {
    expect(openExternalSafe(url)).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens the URL as checked, not the raw string', () => {
    expect(openExternalSafe('https://git\thub.com/stepwise')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://github.com/stepwise');
  });
});

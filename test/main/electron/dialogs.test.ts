import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

/** Electron's dialog module, answering as a user would: a path, or cancelled. */
const electron = vi.hoisted(() => ({
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

import { dialogFiles } from '../../../src/main/electron/dialogs';

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

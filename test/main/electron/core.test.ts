import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { CoreClient } from '../../../src/main/worker/coreClient';
import { buildCoreWorker, type BuiltWorker } from '../../helpers/coreWorker';
import { builtinModelId } from '../../helpers/factories';

type InvokeListener = (event: { senderFrame: { url: string } }, input: unknown) => Promise<unknown>;

/** Electron as the app's main process sees it: ipcMain, the file dialogs and the desktop's shell. */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, InvokeListener>();
  return {
    ipcMain: {
      handlers,
      handle: (channel: string, listener: InvokeListener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openPath: vi.fn() },
  };
});
vi.mock('electron', () => electron);

import { ipcMain } from 'electron';
import { startAppCore } from '../../../src/main/electron/core';
import { bindContract, forwardEvents, trustedFrame } from '../../../src/main/electron/ipc';

let worker: BuiltWorker;
let dir: string;
let core: CoreClient;
const window = { id: 1 } as unknown as BrowserWindow;
const sent: [string, unknown][] = [];

beforeAll(async () => {
  worker = await buildCoreWorker();
  dir = mkdtempSync(join(tmpdir(), 'stepwise-app-core-'));
  core = await startAppCore({
    mainDir: dirname(fileURLToPath(worker.url)),
    dbPath: join(dir, 'stepwise.db'),
    getWindow: () => window,
    systemLanguage: 'fr',
    preloadPath: '/app/preload.cjs',
    appUrl: 'app://stepwise/index.html',
  });
  bindContract(ipcMain, core, trustedFrame());
  const webContents = {
    send: (channel: string, payload: unknown) => sent.push([channel, payload]),
    isDestroyed: () => false,
  };
  forwardEvents(core, () => [{ webContents }]);
});
afterAll(async () => {
  await core.close();
  worker.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** A call from the app's window, through the handler bound on ipcMain. */
async function fromWindow(channel: string, input: unknown = {}) {
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not bound`);
  return handler({ senderFrame: { url: 'app://stepwise/index.html' } }, input);
}

describe('the app core, in its worker beside the main bundle', () => {
  it("starts a new database in the system's language", async () => {
    expect(await fromWindow('settings.get')).toMatchObject({ ok: true, value: { language: 'fr' } });
  });

  it('answers the window through ipcMain and sends the events to it', async () => {
    const created = (await fromWindow('team.create', { name: 'Service Desk', client: 'Northwind' })) as {
      ok: true;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    expect(await fromWindow('team.get', { id: created.value.id })).toMatchObject({
      ok: true,
      value: { name: 'Service Desk' },
    });
    expect(sent).toContainEqual(['event:data.changed', { entities: ['team'] }]);
  });

  it("asks Electron's save dialog, attached to the window, where the worker writes", async () => {
    const [team] = ((await fromWindow('team.list')) as { value: { id: string }[] }).value;
    const plan = (await fromWindow('plan.create', {
      teamId: team?.id,
      modelId: builtinModelId('msp'),
      title: 'Plan Q3',
      startDate: '2026-01-05',
      endDate: '2026-12-18',
      status: 'active',
    })) as { value: { id: string } };
    const path = join(dir, 'chosen by the user.json');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    expect(await fromWindow('planFile.export', { planId: plan.value.id })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'chosen by the user.json' },
    });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: 'Plan Q3.stepwise.json' }),
    );
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ plan: { title: 'Plan Q3' } });
  });

  it("shows the backup folder with the desktop's shell", async () => {
    electron.shell.openPath.mockResolvedValue('');
    expect(await fromWindow('backup.openFolder')).toEqual({ ok: true, value: null });
    expect(electron.shell.openPath).toHaveBeenCalledWith(join(dir, 'backups'));
  });
});

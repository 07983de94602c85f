import { describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/contract';
import type { EventName, EventPayload } from '@shared/contract';
import { ok } from '@shared/result';
import type { Result } from '@shared/result';
import type { Core } from '../../../src/main/core/core';

type InvokeEvent = { senderFrame: { url: string } | null };
type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** ipcMain as Electron behaves: one handler per channel, a second `handle` of the same channel throws. */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, InvokeListener>();
  return {
    ipcMain: {
      handlers,
      handleCalls: [] as string[],
      handle(channel: string, listener: InvokeListener) {
        this.handleCalls.push(channel);
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
      removeHandler(channel: string) {
        handlers.delete(channel);
      },
    },
    protocol: {},
  };
});
vi.mock('electron', () => electron);

import { ipcMain } from 'electron';
import { bindContract, forwardEvents, refusedSender, trustedFrame } from '../../../src/main/electron/ipc';

type Listener = Parameters<Core['onEvent']>[0];

/** Our own Core interface, reduced to recording what reaches it; the real core is tested on its own. */
function recordingCore() {
  const calls: { channel: unknown; input: unknown }[] = [];
  const listeners = new Set<Listener>();
  return {
    calls,
    invoke: (channel: unknown, input: unknown): Promise<Result<unknown>> => {
      calls.push({ channel, input });
      return Promise.resolve(ok({ answeredBy: 'core' }));
    },
    onEvent: (listener: Listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      for (const listener of listeners) listener(event, payload);
    },
  };
}

function bound(isTrustedFrame = trustedFrame()) {
  electron.ipcMain.handlers.clear();
  electron.ipcMain.handleCalls.length = 0;
  const core = recordingCore();
  const unbind = bindContract(ipcMain, core, isTrustedFrame);
  const call = (channel: string, frameUrl: string | null, input: unknown = {}) => {
    const handler = electron.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`${channel} is not bound`);
    return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, input);
  };
  return { core, unbind, call };
}

describe('bindContract', () => {
  it('binds every channel of the contract exactly once', () => {
    bound();
    expect([...electron.ipcMain.handleCalls].sort()).toEqual([...channels].sort());
    expect(new Set(electron.ipcMain.handleCalls).size).toBe(channels.length);
  });

  it.each([
    ['another site', 'https://example.com/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['a look-alike app host', 'app://stepwise.evil/index.html'],
    ['a dev server when not in development', 'http://localhost:5173/'],
    ['a frame that is gone', null],
  ])('refuses %s without reaching the core', async (_what, frameUrl) => {
    const { core, call } = bound();
    for (const channel of channels) {
      expect(await call(channel, frameUrl)).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Refused: the request did not come from the Stepwise window.',
        },
      });
    }
    expect(core.calls).toEqual([]);
  });

  it('passes calls from the app window to the core with their input', async () => {
    const { core, call } = bound();
    const input = { name: 'Service Desk' };
    expect(await call('team.create', 'app://stepwise/index.html', input)).toEqual(ok({ answeredBy: 'core' }));
    expect(core.calls).toEqual([{ channel: 'team.create', input }]);
  });

  it('in development also trusts the dev server, and only it', async () => {
    const { core, call } = bound(trustedFrame('http://localhost:5173/'));
    expect(await call('team.list', 'http://localhost:5173/#/teams')).toEqual(ok({ answeredBy: 'core' }));
    expect(await call('team.list', 'app://stepwise/index.html')).toEqual(ok({ answeredBy: 'core' }));
    expect(await call('team.list', 'http://localhost:5174/')).toEqual(refusedSender);
    expect(await call('team.list', 'http://127.0.0.1:5173/')).toEqual(refusedSender);
    expect(core.calls).toHaveLength(2);
  });

  it('unbinds every channel', () => {
    const { unbind } = bound();
    unbind();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  const makeWindow = (destroyed = false) => ({
    webContents: { send: vi.fn(), isDestroyed: () => destroyed },
  });

  it('sends each core event to every open window until stopped', () => {
    const core = recordingCore();
    const open = [makeWindow(), makeWindow()];
    const closing = makeWindow(true);
    const stop = forwardEvents(core, () => [...open, closing]);

    core.emit('data.changed', { entities: ['team'] });
    for (const window of open) {
      expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith('event:data.changed', {
        entities: ['team'],
      });
    }
    expect(closing.webContents.send).not.toHaveBeenCalled();

    stop();
    core.emit('data.changed', { entities: ['plan'] });
    for (const window of open) expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ok } from '@shared/result';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** contextBridge and ipcRenderer, recording what the preload exposes and sends. */
const electron = vi.hoisted(() => {
  // Recorded in a plain map: vitest clears vi.fn call counts before each test, and this call happens on import.
  const exposed = new Map<string, unknown[]>();
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        exposed.set(key, [...(exposed.get(key) ?? []), api]);
      },
    },
    ipcRenderer: {
      invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>(undefined)),
      on(channel: string, listener: IpcListener) {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener(channel: string, listener: IpcListener) {
        listeners.get(channel)?.delete(listener);
      },
      /** What main's `webContents.send` does on the other side. */
      receive(channel: string, ...args: unknown[]) {
        const ipcEvent = { sender: 'the ipcRenderer the page must never see' };
        for (const listener of listeners.get(channel) ?? []) listener(ipcEvent, ...args);
      },
    },
  };
});
vi.mock('electron', () => electron);

import '../../../src/main/electron/preload';

/** The api as a hostile or buggy page sees it: callable with anything, typed or not. */
interface PageView {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (...args: unknown[]) => void): () => void;
}
const api = electron.exposed.get('api')?.[0] as PageView; // what the page receives is untyped at runtime

describe('the preload', () => {
  it('exposes only window.api, with only invoke and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(electron.exposed.get('api')).toHaveLength(1);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('passes contract channels to main', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce(ok([]));
    expect(await api.invoke('team.list', {})).toEqual(ok([]));
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('team.list', {});
  });

  it.each(['shell.openExternal', 'event:data.changed', 'toString', '__proto__', 'constructor'])(
    'refuses the unknown channel %s without calling main',
    async (channel) => {
      expect(await api.invoke(channel, {})).toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: `There is no channel named ${channel}.` },
      });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('hands event payloads to the listener, never the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('data.changed', listener);

    electron.ipcRenderer.receive('event:data.changed', { entities: ['step'] });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ entities: ['step'] });

    unsubscribe();
    electron.ipcRenderer.receive('event:data.changed', { entities: ['plan'] });
    expect(listener).toHaveBeenCalledOnce();
    expect(electron.listeners.get('event:data.changed')?.size).toBe(0);
  });

  it('refuses to subscribe to events that are not in the contract', () => {
    expect(() => api.on('team.list', vi.fn())).toThrow('There is no event named team.list.');
    expect(electron.listeners.has('event:team.list')).toBe(false);
  });
});

/**
 * Runs in the sandboxed renderer before the page: exposes `window.api` and nothing else. The page never
 * sees ipcRenderer or an IPC event, and can call only the contract's channels.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { events, isChannel } from '@shared/contract';
import type { EventName, EventPayload, StepwiseApi } from '@shared/contract';
import { fail } from '@shared/result';

const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);

const api: StepwiseApi = {
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(fail('unknown-channel', `There is no channel named ${String(channel)}.`)),

  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
    if (!isEventName(event)) throw new Error(`There is no event named ${String(event)}.`);
    const ipcChannel = `event:${event}`;
    const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
    ipcRenderer.on(ipcChannel, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);

/** Binds the IPC contract to the core: one handler per channel, each refusing callers that are not the app. */
import type { IpcMain, WebContents, WebFrameMain } from 'electron';
import { channels } from '@shared/contract';
import { fail } from '@shared/result';
import type { Core } from '../core/core';
import { isAppUrl } from '../shell/appProtocol';

export type IsTrustedFrame = (frame: WebFrameMain | null) => boolean;

/** Trusts frames showing the app's own pages (or, in development, the electron-vite dev server). */
export function trustedFrame(devServerUrl?: string): IsTrustedFrame {
  return (frame) => frame !== null && isAppUrl(frame.url, devServerUrl);
}

export const refusedSender = fail(
  'invalid-input',
  'Refused: the request did not come from the Stepwise window.',
);

/** Binds every channel of the contract once; returns what unbinds them. */
export function bindContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Pick<Core, 'invoke'>,
  isTrustedFrame: IsTrustedFrame,
): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) =>
      isTrustedFrame(event.senderFrame) ? core.invoke(channel, input) : refusedSender,
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** What events are sent to: a window's webContents, or anything with the same two methods. */
export interface EventReceiver {
  readonly webContents: Pick<WebContents, 'send' | 'isDestroyed'>;
}

/** Sends every core event to every open window as `event:<name>`; returns what stops it. */
export function forwardEvents(
  core: Pick<Core, 'onEvent'>,
  getWindows: () => readonly EventReceiver[],
): () => void {
  return core.onEvent((event, payload) => {
    for (const { webContents } of getWindows()) {
      if (!webContents.isDestroyed()) webContents.send(`event:${event}`, payload);
    }
  });
}

import type { Page } from 'playwright-core';
import { events } from '@shared/contract';
import type { Core } from '../../../src/main/core/core';
import type { RendererServer } from './server';

/** Answers this long (in JSON characters) or longer come back by the page's server. */
export const heldFrom = 16_000;

/** What the bridge's init script adds to the page, beside `window.api`. */
interface BridgeWindow {
  __stepwiseInvoke(message: string): Promise<string>;
  __stepwiseDeliver(event: string, payload: string): void;
}

/** What crossed the bridge, for tests that check what the page asked for. */
export interface BridgeCall {
  channel: string;
  input: unknown;
  ok: boolean;
}

export interface ApiBridge {
  readonly calls: readonly BridgeCall[];
  /** Calls from the page that have not been answered yet. */
  readonly pending: number;
  detach(): void;
}

/**
 * Gives the page a `window.api` that reaches the real core, the way the preload does in Electron.
 * Payloads cross as JSON text, after a `structuredClone` in the page: what the IPC could not carry
 * (functions, DOM nodes) fails here too. Events that a call causes reach the page before its answer,
 * as they do through Electron's IPC. Must be called before the first navigation.
 *
 * Given the page's server, long answers come back by it: the call returns where the server holds the
 * answer, and the page fetches it. Through the devtools protocol, the page's main thread would spend
 * about 50 ms taking in a 300 KB answer (the portfolio's at 200 teams), which Electron's IPC does not:
 * the benchmarks would time the bridge rather than the app. Short ones come back with the call, rather
 * than wait for a connection behind the scripts the page is loading.
 */
export async function bridgeApiToPage(
  page: Page,
  core: Pick<Core, 'invoke' | 'onEvent'>,
  server?: Pick<RendererServer, 'hold'>,
): Promise<ApiBridge> {
  const calls: BridgeCall[] = [];
  const deliveries = new Set<Promise<unknown>>();
  let pending = 0;

  const detach = core.onEvent((event, payload) => {
    const delivery = page
      .evaluate(([name, json]) => (window as unknown as BridgeWindow).__stepwiseDeliver(name, json), [
        event,
        JSON.stringify(payload),
      ] as const)
      // An event that arrives while the page reloads or closes is lost, as it would be in Electron.
      .catch(() => undefined);
    deliveries.add(delivery);
    void delivery.finally(() => deliveries.delete(delivery));
  });

  await page.exposeFunction('__stepwiseInvoke', async (message: string) => {
    pending += 1;
    try {
      const { channel, input } = JSON.parse(message) as { channel: string; input: unknown };
      const result = await core.invoke(channel, input);
      calls.push({ channel, input, ok: result.ok });
      await Promise.all([...deliveries]);
      const json = JSON.stringify(result);
      return server && json.length >= heldFrom ? server.hold(json) : json;
    } finally {
      pending -= 1;
    }
  });

  await page.addInitScript(
    ({ eventNames }) => {
      const bridge = window as unknown as BridgeWindow;
      const listeners = new Map<string, Set<(payload: unknown) => void>>();

      const api = {
        invoke: async (channel: unknown, input: unknown) => {
          const message = JSON.stringify({ channel, input: structuredClone(input) ?? null });
          const reply = await bridge.__stepwiseInvoke(message);
          // The answer's JSON, or the path where the server holds it.
          const json = reply.startsWith('/') ? await (await fetch(reply)).text() : reply;
          return JSON.parse(json) as unknown;
        },
        on: (event: string, listener: (payload: unknown) => void) => {
          if (!eventNames.includes(event)) throw new Error(`There is no event named ${String(event)}.`);
          const set = listeners.get(event) ?? new Set();
          listeners.set(event, set);
          // A copy per subscription, so that the same listener may subscribe twice as with ipcRenderer.on.
          const forward = (payload: unknown) => listener(payload);
          set.add(forward);
          return () => {
            set.delete(forward);
          };
        },
      };

      Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
      Object.defineProperty(window, '__stepwiseDeliver', {
        value: (event: string, json: string) => {
          for (const listener of [...(listeners.get(event) ?? [])]) {
            try {
              listener(JSON.parse(json));
            } catch (error) {
              // Thrown in a listener: an uncaught error of the page, as it is in Electron.
              reportError(error);
            }
          }
        },
      });
    },
    { eventNames: Object.keys(events) },
  );

  return {
    calls,
    get pending() {
      return pending;
    },
    detach,
  };
}

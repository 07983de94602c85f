import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../src/renderer/api';
import { askEarly, takeEarly } from '../../src/renderer/earlyAnswers';
import { bridgeApi, makeTestCore } from '../helpers/core';

const core = makeTestCore();
afterAll(() => core.dispose());

describe('answers asked for early', () => {
  it('go to the first call of the same channel and input, once', async () => {
    const asked: string[] = [];
    const api = bridgeApi(core);
    window.api = {
      ...api,
      invoke: (channel, input) => {
        asked.push(channel);
        return api.invoke(channel, input);
      },
    };
    askEarly('settings.get', {});
    expect(asked).toEqual(['settings.get']);

    const settings = await call('settings.get', {});
    expect(settings.language).toBe('en');
    expect(asked).toEqual(['settings.get']);
    // Taken: the next call asks again.
    await call('settings.get', {});
    expect(asked).toEqual(['settings.get', 'settings.get']);
  });

  it('are not taken by a call with another input', () => {
    window.api = bridgeApi(core);
    askEarly('team.list', {});
    expect(takeEarly('team.list', { includeArchived: true })).toBeUndefined();
    expect(takeEarly('team.list', {})).toBeInstanceOf(Promise);
    expect(takeEarly('team.list', {})).toBeUndefined();
  });

  it('leave a failed call to the call that takes it', async () => {
    const unhandled: unknown[] = [];
    const note = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', note);
    process.on('unhandledRejection', note);
    window.api = { ...bridgeApi(core), invoke: () => Promise.reject(new Error('main is gone')) };
    askEarly('team.list', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
    await expect(call('team.list', {})).rejects.toThrow('main is gone');
    window.removeEventListener('unhandledrejection', note);
    process.off('unhandledRejection', note);
  });
});

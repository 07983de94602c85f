import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/domain/constants';
import { makeTestCore, type TestCore } from '../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

describe('settings', () => {
  it('start at their defaults and keep what is changed', async () => {
    expect(await core.call('settings.get', {})).toEqual(defaultSettings);
    await core.call('settings.update', { language: 'fr', organisationName: 'Quodagis' });
    await core.call('settings.update', { userName: 'Claire' });
    expect(await core.call('settings.get', {})).toEqual({
      ...defaultSettings,
      language: 'fr',
      organisationName: 'Quodagis',
      userName: 'Claire',
    });
  });

  it('take a small image as the logo and refuse anything else', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect((await core.call('settings.update', { organisationLogo: png })).organisationLogo).toBe(png);
    const script = await core.invoke('settings.update', {
      organisationLogo: 'data:text/html;base64,PHNjcmlwdD4=',
    });
    expect(script).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'organisationLogo' } });
    expect((await core.call('settings.get', {})).organisationLogo).toBe(png);
  });
});

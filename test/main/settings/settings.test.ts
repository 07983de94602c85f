import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, preferredLanguage } from '@shared/domain/constants';
import type { Language, Settings } from '@shared/domain/settings';
import { openCore } from '../../../src/main/core/core';
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

  it("start a new database in the system's language, and leave one in use as it is", async () => {
    const french = makeTestCore({ systemLanguage: 'fr' });
    expect((await french.call('settings.get', {})).language).toBe('fr');
    await french.call('settings.update', { language: 'en' });
    expect(await languageOnReopening(french, 'fr')).toBe('en');
    await french.dispose();

    // A file made before languages followed the system's: its users saw English, and still do.
    expect(await languageOnReopening(core, 'fr')).toBe('en');
  });
});

/** Closes a test core and opens its file again, as the app does on a system in `systemLanguage`. */
async function languageOnReopening(test: TestCore, systemLanguage: Language): Promise<Language> {
  await test.close();
  const reopened = openCore({ dbPath: join(test.dir, 'stepwise.db'), logReserve: 16, systemLanguage });
  const settings = await reopened.invoke('settings.get', {});
  await reopened.close();
  if (!settings.ok) throw new Error(settings.error.message);
  return (settings.value as Settings).language;
}

describe("the system's language", () => {
  it("is the first of the user's that the app speaks, English when it speaks none", () => {
    expect(preferredLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(preferredLanguage(['de-DE', 'fr_CA', 'en'])).toBe('fr');
    expect(preferredLanguage(['EN-gb', 'fr'])).toBe('en');
    expect(preferredLanguage(['de', 'nl-BE'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

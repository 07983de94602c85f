import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/renderer/api';
import { describeError } from '../../src/renderer/errors';
import { i18n } from '../../src/renderer/i18n/i18n';

const describeIn = async (language: 'en' | 'fr', error: ConstructorParameters<typeof ApiError>[0]) => {
  await i18n.changeLanguage(language);
  return describeError(new ApiError(error), i18n.t);
};

describe('describeError', () => {
  it('names the refused field and the reason, in the user’s language', async () => {
    const error = {
      code: 'invalid-input',
      message: 'patch.name: must not be empty',
      path: 'patch.name',
    } as const;
    expect(await describeIn('en', error)).toBe('Check “Name”: it is required.');
    // French puts no-break spaces inside the quotes and before the colon.
    expect(await describeIn('fr', error)).toBe('Vérifiez «\u00a0Nom\u00a0»\u00a0: ce champ est obligatoire.');
  });

  it('says when a period ends before it starts', async () => {
    const error = {
      code: 'invalid-input',
      message: 'endDate: must not end before it starts',
      path: 'endDate',
    } as const;
    expect(await describeIn('en', error)).toBe('Check “End date”: the end cannot come before the start.');
  });

  it('words every error code, without the developer’s message', async () => {
    await i18n.changeLanguage('en');
    for (const code of ['not-found', 'conflict', 'unknown-channel', 'database-newer', 'internal'] as const) {
      const text = describeError(new ApiError({ code, message: 'SQLITE_BUSY' }), i18n.t);
      expect(text).not.toContain('SQLITE');
      expect(text).not.toMatch(/^errors\./);
    }
    expect(describeError(new ApiError({ code: 'not-found', message: '' }), i18n.t)).toMatch(
      /no longer exists/,
    );
  });
});

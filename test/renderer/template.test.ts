import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/renderer/i18n/i18n';
import { slots, template } from '../../src/renderer/i18n/template';

afterAll(() => i18n.changeLanguage('en'));

describe('messages translated once and filled in', () => {
  it('say what i18next says with the same values, in each language', async () => {
    for (const language of ['en', 'fr'] as const) {
      await i18n.changeLanguage(language);
      const cellTarget = template(i18n.t('portfolio.cellTarget', slots('name', 'level', 'target')));
      const values = { name: 'SLA compliance', level: '1', target: '3' };
      expect(cellTarget(values)).toBe(i18n.t('portfolio.cellTarget', values));
    }
    expect(
      template(i18n.t('portfolio.cellTarget', slots('name', 'level', 'target')))({
        name: 'Sécurité',
        level: '2',
        target: '4',
      }),
    ).toBe('Sécurité : niveau 2, cible 4');
  });

  it('put values in as they are, with characters that replacement patterns would read', () => {
    const fill = template<'name' | 'level'>(
      `${slots('name').name} at ${slots('level').level}, ${slots('name').name}`,
    );
    expect(fill({ name: "$& Ops $1 (l'équipe)", level: '2' })).toBe(
      "$& Ops $1 (l'équipe) at 2, $& Ops $1 (l'équipe)",
    );
  });
});

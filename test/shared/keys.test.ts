import { describe, expect, it } from 'vitest';
import { slug, uniqueKey } from '@shared/keys';

describe('keys', () => {
  it('are made from names, accents dropped', () => {
    expect(slug('Gestion des incidents')).toBe('gestion-des-incidents');
    expect(slug('  Réactivité & qualité ')).toBe('reactivite-qualite');
  });

  it('do not repeat a key already taken', () => {
    expect(uniqueKey('Backup', [], 'dimension')).toBe('backup');
    expect(uniqueKey('Backup', ['backup', 'backup-2'], 'dimension')).toBe('backup-3');
  });

  it('fall back when the name has no letter or digit to keep', () => {
    expect(uniqueKey('—', ['dimension'], 'dimension')).toBe('dimension-2');
  });
});

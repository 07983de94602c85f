import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDay,
  formatFileSize,
  formatMoney,
  formatNumber,
  formatPeriod,
  localName,
  oneYearAfter,
  prepareFormats,
} from '../../src/renderer/format';

/** Intl writes with narrow, thin and no-break spaces; compare with plain spaces for readability. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('formatDay', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    // West of Greenwich, midnight UTC is still the day before: a naive formatter would show 28 February.
    process.env.TZ = 'America/Los_Angeles';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('writes a day as the language does, without shifting it across time zones', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatDay('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('31 Dec 2026');
  });

  it('shows anything that is not a day as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
    expect(formatDay('2026-02-30', 'en')).toBe('2026-02-30');
  });
});

describe('formatPeriod', () => {
  it('writes a period the short way', () => {
    expect(plain(formatPeriod('2026-03-01', '2027-02-28', 'en'))).toBe('1 Mar 2026 – 28 Feb 2027');
    expect(plain(formatPeriod('2026-03-01', '2026-06-30', 'en'))).toBe('1 Mar – 30 Jun 2026');
    expect(plain(formatPeriod('2026-03-01', '2026-06-30', 'fr'))).toBe('1 mars – 30 juin 2026');
  });
});

describe('numbers and money', () => {
  it('groups digits and writes decimals as the language does', () => {
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(plain(formatNumber(1234.56, 'fr'))).toBe('1 234,6');
  });

  it('writes euros, whole amounts without cents', () => {
    expect(formatMoney(12000, 'en')).toBe('€12,000');
    expect(plain(formatMoney(12000, 'fr'))).toBe('12 000 €');
    expect(formatMoney(99.5, 'en')).toBe('€99.50');
  });
});

describe('localName', () => {
  const model = { name: 'ITIL 4 practices', nameFr: 'Pratiques ITIL 4' };

  it('uses the French name in French when there is one', () => {
    expect(localName(model, 'fr')).toBe('Pratiques ITIL 4');
    expect(localName(model, 'en')).toBe('ITIL 4 practices');
    expect(localName({ name: 'Our model', nameFr: '  ' }, 'fr')).toBe('Our model');
  });
});

describe('oneYearAfter', () => {
  it('moves a day one year on, 29 February landing on the 28th', () => {
    expect(oneYearAfter('2026-03-01')).toBe('2027-03-01');
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
  });
});

describe('formatDateTime', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('writes an instant on the clock of the machine, short in a list and long in a sentence', () => {
    process.env.TZ = 'Europe/Paris';
    // 09:05 UTC is 10:05 in Paris in winter.
    expect(formatDateTime('2026-03-10T09:05:00.000Z', 'en')).toBe('10 Mar 2026, 10:05');
    expect(formatDateTime('2026-03-10T09:05:00.000Z', 'fr')).toBe('10 mars 2026, 10:05');
    expect(formatDateTime('2026-03-10T09:05:00.000Z', 'en', 'long')).toBe('10 March 2026 at 10:05');
    expect(formatDateTime('2026-03-10T09:05:00.000Z', 'fr', 'long')).toBe('10 mars 2026 à 10:05');
    expect(formatDateTime('not an instant', 'en')).toBe('not an instant');
  });
});

describe('formatFileSize', () => {
  it('writes kilobytes below a megabyte, whole, and megabytes with one decimal', () => {
    expect(plain(formatFileSize(840_000, 'en'))).toBe('840 kB');
    expect(plain(formatFileSize(840_000, 'fr'))).toBe('840 ko');
    expect(plain(formatFileSize(12_540_000, 'en'))).toBe('12.5 MB');
    expect(plain(formatFileSize(12_540_000, 'fr'))).toBe('12,5 Mo');
    expect(plain(formatFileSize(2_300_000_000, 'en'))).toBe('2.3 GB');
  });
});

describe('prepareFormats', () => {
  it('builds the formatters ahead of need, which then write as they always do', () => {
    prepareFormats('fr');
    expect(plain(formatNumber(1.25, 'fr'))).toBe('1,3');
    expect(formatDay('2026-03-01', 'fr')).toBe('1 mars 2026');
    prepareFormats('en');
    expect(formatNumber(1.25, 'en')).toBe('1.3');
  });
});

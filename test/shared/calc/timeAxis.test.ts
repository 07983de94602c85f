import { describe, expect, it } from 'vitest';
import { monthTicks, timeOf } from '@shared/calc/timeAxis';

describe('timeOf', () => {
  it('is the day’s midnight in UTC', () => {
    expect(timeOf('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
  });
});

describe('monthTicks', () => {
  it('gives the first day of each month in the period', () => {
    expect(monthTicks('2026-01-15', '2026-04-01', 6)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(monthTicks('2026-11-01', '2027-01-31', 6)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
  });

  it('keeps every second, third… month to stay within the number of ticks', () => {
    // 12 months from February 2026 to January 2027, at most 5 ticks: every third month.
    expect(monthTicks('2026-01-20', '2027-01-10', 5)).toEqual([
      '2026-02-01',
      '2026-05-01',
      '2026-08-01',
      '2026-11-01',
    ]);
  });

  it('has no tick in a period within one month', () => {
    expect(monthTicks('2026-03-02', '2026-03-30', 5)).toEqual([]);
  });
});

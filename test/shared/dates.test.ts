import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween, daysFrom } from '@shared/dates';

describe('dates', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between two days', () => {
    expect(daysBetween('2026-03-02', '2026-03-17')).toBe(15);
    expect(daysBetween('2026-03-17', '2026-03-02')).toBe(-15);
  });

  it('counts days from one day as daysBetween does, across leap days and old years', () => {
    const fromStart = daysFrom('2028-02-27');
    for (const day of ['2028-02-27', '2028-03-01', '2027-12-31', '0099-01-01', '2100-03-01']) {
      expect(fromStart(day)).toBe(daysBetween('2028-02-27', day));
    }
    expect(fromStart('2028-03-01')).toBe(3);
  });

  it('takes the local calendar day of an instant', () => {
    expect(dayOf(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });
});

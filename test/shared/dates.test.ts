import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween } from '@shared/dates';

describe('dates', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between two days', () => {
    expect(daysBetween('2026-03-02', '2026-03-17')).toBe(15);
    expect(daysBetween('2026-03-17', '2026-03-02')).toBe(-15);
  });

  it('takes the local calendar day of an instant', () => {
    expect(dayOf(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });
});

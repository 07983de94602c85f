import { describe, expect, it } from 'vitest';
import { addDays, dayOf, dayOfEpochDay, daysBetween, daysFrom, epochDay } from '@shared/dates';

describe('dates', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('writes the day as an ISO date does, from year 0 to 9999 and past them', () => {
    const iso = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    for (let days = 0; days < 3_652_425; days += 97)
      expect(addDays('0000-01-01', days)).toBe(iso('0000-01-01', days));
    for (const [day, days] of [
      ['2024-02-28', 1],
      ['2024-02-29', 365],
      ['2100-02-28', 1],
      ['2000-02-28', 1],
      ['1970-01-01', -1],
      ['0000-01-01', -1],
      ['9999-12-31', 1],
      ['2026-03-01', 0.5],
      ['2026-03-01', -0.5],
    ] as const) {
      expect(addDays(day, days)).toBe(iso(day, days));
    }
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

  it('numbers days from 1970-01-01 and reads the numbers back, across leap days and old years', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('2026-01-10')).toBe(20_463);
    expect(epochDay('1969-12-31')).toBe(-1);
    for (const day of ['2028-02-29', '2100-03-01', '0099-01-01', '1970-01-01', '9999-12-31']) {
      expect(dayOfEpochDay(epochDay(day))).toBe(day);
      expect(epochDay(day)).toBe(daysBetween('1970-01-01', day));
    }
  });

  it('numbers every day as the ISO date it is, from year 0 to 9999', () => {
    // Every 101st day of ten thousand years, each leap rule among them; Date.parse reads the ISO text.
    for (let n = -719_528; n <= 2_932_896; n += 101) {
      const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(epochDay(day), day).toBe(Date.parse(day) / 86_400_000);
    }
  });

  it('takes the local calendar day of an instant', () => {
    expect(dayOf(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });
});

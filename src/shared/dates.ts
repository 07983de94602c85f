/** Calendar days are `YYYY-MM-DD` strings; these helpers do the little date arithmetic the domain needs. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day of an instant, in the local time zone of the machine. */
export function dayOf(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Read by its digits: parsing the text as a date costs several times more, and trends do it thousands
 * of times. `Date.UTC` reads years 0 to 99 as 1900 to 1999: those are set again.
 */
function utc(day: string): number {
  const year = Number(day.slice(0, 4));
  const time = Date.UTC(year, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return year < 100 ? new Date(time).setUTCFullYear(year) : time;
}

/** 0000-01-01 and 9999-12-31 as days after 1970-01-01: the years `toISOString` writes with four digits. */
const firstDay = -719_528;
const lastDay = 2_932_896;

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  const time = utc(day) + days * 86_400_000;
  const n = time / 86_400_000;
  // Written by arithmetic: a `Date` and its ISO text cost more than the forecasts' other maths together.
  return Number.isInteger(n) && n >= firstDay && n <= lastDay
    ? dayText(n)
    : new Date(time).toISOString().slice(0, 10);
}

/** The day `n` days after 1970-01-01 as `toISOString` writes it (H. Hinnant's `civil_from_days`). */
function dayText(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months counted from March
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1)}`;
}

/** A day as the number of days after 1970-01-01: how long lists of days travel, at a third of the text. */
export const epochDay = (day: string): number => Math.round(utc(day) / 86_400_000);

/** The day `epochDay` numbered `n`. */
export const dayOfEpochDay = (n: number): string => addDays('1970-01-01', n);

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** `daysBetween(from, …)` for many days from the same one, `from` read once. */
export function daysFrom(from: string): (to: string) => number {
  const start = utc(from);
  return (to) => Math.round((utc(to) - start) / 86_400_000);
}

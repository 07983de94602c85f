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

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** `daysBetween(from, …)` for many days from the same one, `from` read once. */
export function daysFrom(from: string): (to: string) => number {
  const start = utc(from);
  return (to) => Math.round((utc(to) - start) / 86_400_000);
}

/** Calendar days are `YYYY-MM-DD` strings; these helpers do the little date arithmetic the domain needs. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day of an instant, in the local time zone of the machine. */
export function dayOf(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

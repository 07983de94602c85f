/** Dates, numbers and names as the user's language writes them. */
import { dayOf } from '@shared/dates';
import type { Language } from '@shared/domain/settings';

/** English is written the British way (day before month, euros), like the French the app ships with. */
const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
export const localeOf = (language: Language): string => locales[language];

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl formatter costs far more than formatting with it: a screen of a thousand dates and
// figures would spend most of its time building them. Each one is built once per language and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(formats: Map<string, F>, language: Language, options: object, build: () => F): F {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = build();
    formats.set(key, format);
  }
  return format;
}

const numberFormat = (language: Language, options: Intl.NumberFormatOptions) =>
  cached(numberFormats, language, options, () => new Intl.NumberFormat(localeOf(language), options));

const dateFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  cached(dateFormats, language, options, () => new Intl.DateTimeFormat(localeOf(language), options));

/**
 * A `YYYY-MM-DD` day as a date at midnight UTC, formatted in UTC too: the day shown is the day stored,
 * whatever the time zone of the machine.
 */
function utcDate(day: string): Date | null {
  const match = dayPattern.exec(day);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // 30 February would silently become 2 March.
  return date.getUTCDate() === Number(match[3]) ? date : null;
}

const dayFormat = (language: Language) =>
  dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2026-03-01` → "1 Mar 2026" / "1 mars 2026". A string that is not a day is shown as it is. */
export function formatDay(day: string, language: Language): string {
  const date = utcDate(day);
  return date ? dayFormat(language).format(date) : day;
}

/** A period of days, written the short way: "1 Mar – 30 Jun 2026". */
export function formatPeriod(start: string, end: string, language: Language): string {
  const from = utcDate(start);
  const to = utcDate(end);
  if (!from || !to || to < from) return `${formatDay(start, language)} – ${formatDay(end, language)}`;
  return dayFormat(language).formatRange(from, to);
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/**
 * Builds the formatters the screens write most with (numbers, shares, days) for `language`, ahead of
 * need: building one takes tens of milliseconds the first time, which the page can spend while a
 * screen's data is on its way rather than while drawing it.
 */
export function prepareFormats(language: Language): void {
  formatNumber(0, language);
  formatPercent(0, language);
  dayFormat(language);
}

/** An amount in euros; whole amounts without cents, as budgets are usually written. */
export function formatMoney(amount: number, language: Language): string {
  const whole = Number.isInteger(amount);
  return numberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

/** Built-in content ships a French wording beside the English one; user content may have only one. */
export function localName(named: { name: string; nameFr?: string | null }, language: Language): string {
  const french = named.nameFr?.trim();
  return language === 'fr' && french ? french : named.name;
}

/** Today on this machine's calendar. */
export const today = (): string => dayOf(new Date());

/** The same day one year later; 29 February becomes 28 February. */
export function oneYearAfter(day: string): string {
  const match = dayPattern.exec(day);
  if (!match) return day;
  const year = Number(match[1]) + 1;
  const month = match[2] ?? '01';
  const date = match[3] === '29' && month === '02' && !isLeapYear(year) ? '28' : match[3];
  return `${String(year).padStart(4, '0')}-${month}-${date}`;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The time of day of an instant, on this machine's clock: "14:05". */
export function formatTime(instant: string, language: Language): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime())
    ? instant
    : dateFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A share from 0 to 1 as a whole percentage: "50 %" in French, "50%" in English. */
export function formatPercent(share: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A day as its month, for the ticks of a time axis: "Mar 2026" / "mars 2026". */
export function formatMonth(day: string, language: Language): string {
  const date = utcDate(day);
  return date ? dateFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date) : day;
}

/**
 * An instant as a date and time on this machine's clock: "10 Mar 2026, 09:05" in a list, "10 March 2026 at
 * 09:05" in a sentence (`month: 'long'`).
 */
export function formatDateTime(
  instant: string,
  language: Language,
  month: 'short' | 'long' = 'short',
): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime())
    ? instant
    : dateFormat(language, {
        day: 'numeric',
        month,
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(date);
}

/** A file's size in the unit that reads best: "840 kB", "12.5 MB" / "840 ko", "12,5 Mo". */
export function formatFileSize(bytes: number, language: Language): string {
  const [unit, divisor] =
    bytes >= 1e9
      ? (['gigabyte', 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', 1e6] as const)
        : (['kilobyte', 1e3] as const);
  return numberFormat(language, {
    style: 'unit',
    unit,
    maximumFractionDigits: bytes >= 1e6 ? 1 : 0,
  }).format(bytes / divisor);
}

import { addDays, daysBetween, daysFrom } from '../dates';
import type { DatedLevel } from './progress';

/** When will a target be reached at the current pace (PRODUCT.md, "Forecast")? */

export const targetStatuses = ['reached', 'on-track', 'at-risk', 'off-track'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** A forecast this many days past the target date is "at risk"; later than that, "off track". */
export const atRiskToleranceDays = 30;

export interface TrendLine {
  /** Levels gained per day, by least squares over the assessments. */
  slopePerDay: number;
  /** The fitted level on `origin`. */
  intercept: number;
  origin: string;
}

/** A trend that needs longer than this to reach the target barely rises: it gives no forecast. */
export const forecastHorizonDays = 100 * 365;

/** The straight line that best fits dated levels; null with fewer than two distinct dates. */
export function fitTrend(points: readonly DatedLevel[]): TrendLine | null {
  const first = points[0]?.date;
  if (!points.some((p) => p.date !== first)) return null;
  const origin = points.reduce((min, p) => (p.date < min ? p.date : min), first as string);
  // Each date's distance to the origin, the origin read once: the dashboards fit hundreds of trends.
  const fromOrigin = daysFrom(origin);
  const xs = points.map((p) => fromOrigin(p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.level, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  points.forEach((p, i) => {
    const dx = (xs[i] as number) - meanX;
    sxy += dx * (p.level - meanY);
    sxx += dx * dx;
  });
  const slopePerDay = sxy / sxx;
  return { slopePerDay, intercept: meanY - slopePerDay * meanX, origin };
}

/** The fitted level of a trend line on a day. */
export const levelOnTrend = (trend: TrendLine, day: string) =>
  trend.intercept + trend.slopePerDay * daysBetween(trend.origin, day);

/**
 * The day the assessment trend reaches the target level: null when the trend does not rise (or there
 * is no trend), or rises so little that it would take more than `forecastHorizonDays`. A trend already
 * past the level gives today.
 */
export function forecastFromTrend(
  points: readonly DatedLevel[],
  targetLevel: number,
  today: string,
): string | null {
  const trend = fitTrend(points);
  if (!trend || trend.slopePerDay <= 0) return null;
  const days = Math.ceil((targetLevel - trend.intercept) / trend.slopePerDay);
  if (days - daysBetween(trend.origin, today) > forecastHorizonDays) return null;
  const day = addDays(trend.origin, days);
  return day < today ? today : day;
}

/** What a target's steps tell of its pace: how many were done by a day, how many are open, the last done. */
export interface StepCounts {
  done: number;
  open: number;
  lastDone: string | null;
}

export function stepCounts(
  steps: readonly { status: string; doneDate: string | null }[],
  today: string,
): StepCounts {
  const done = steps.filter((s) => s.status === 'done' && s.doneDate !== null && s.doneDate <= today);
  return {
    done: done.length,
    open: steps.filter((s) => s.status === 'idea' || s.status === 'todo' || s.status === 'doing').length,
    lastDone: done.reduce<string | null>(
      (last, s) => (last === null || (s.doneDate as string) > last ? (s.doneDate as string) : last),
      null,
    ),
  };
}

/**
 * The day the target's open steps would all be done at the pace steps were done since `since`: null
 * when none is done yet. With no step left open, the day the last one was done.
 */
export function forecastFromSteps(
  steps: readonly { status: string; doneDate: string | null }[] | StepCounts,
  since: string,
  today: string,
): string | null {
  const { done, open, lastDone } = Array.isArray(steps) ? stepCounts(steps, today) : (steps as StepCounts);
  if (done === 0) return null;
  if (open === 0) return lastDone;
  const perDay = done / Math.max(1, daysBetween(since, today));
  return addDays(today, Math.ceil(open / perDay));
}

/**
 * Reached when the level is there. Otherwise, against the target date: on track when the forecasts
 * say it will be on time; at risk when one of them is late by up to a month, or when there is no
 * forecast yet and time is left; off track when the date is past or the forecast is later than that.
 */
export function targetStatus(input: {
  current: number | null;
  targetLevel: number;
  targetDate: string;
  today: string;
  forecasts: readonly (string | null)[];
}): TargetStatus {
  if (input.current !== null && input.current >= input.targetLevel) return 'reached';
  if (input.targetDate < input.today) return 'off-track';
  const known = input.forecasts.filter((f): f is string => f !== null);
  if (known.length === 0) return 'at-risk';
  const latest = known.reduce((a, b) => (a > b ? a : b));
  const earliest = known.reduce((a, b) => (a < b ? a : b));
  if (latest <= input.targetDate) return 'on-track';
  if (earliest <= addDays(input.targetDate, atRiskToleranceDays)) return 'at-risk';
  return 'off-track';
}

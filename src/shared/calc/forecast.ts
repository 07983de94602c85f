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

/**
 * The least-squares sums of dated levels, each day counted from the earliest (`origin`): whole numbers
 * for whole levels, so that a fit from them is exact, and the same whether they were added up here or
 * kept by the database (the summary of target paces).
 */
export interface LevelSums {
  origin: string;
  count: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumXY: number;
}

export function levelSums(points: readonly DatedLevel[]): LevelSums | null {
  const first = points[0]?.date;
  if (first === undefined) return null;
  const origin = points.reduce((min, p) => (p.date < min ? p.date : min), first);
  // Each date's distance to the origin, the origin read once: the dashboards fit hundreds of trends.
  const fromOrigin = daysFrom(origin);
  const sums = { origin, count: points.length, sumX: 0, sumY: 0, sumXX: 0, sumXY: 0 };
  for (const p of points) {
    const x = fromOrigin(p.date);
    sums.sumX += x;
    sums.sumY += p.level;
    sums.sumXX += x * x;
    sums.sumXY += x * p.level;
  }
  return sums;
}

/**
 * The fit written as fractions of the sums: slope = slopeNumerator / denominator, the level on the
 * origin = interceptNumerator / denominator; null with fewer than two distinct dates.
 */
function fitOf({ count, sumX, sumY, sumXX, sumXY }: LevelSums) {
  const denominator = count * sumXX - sumX * sumX;
  if (denominator === 0) return null;
  return {
    denominator,
    slopeNumerator: count * sumXY - sumX * sumY,
    interceptNumerator: sumY * sumXX - sumX * sumXY,
  };
}

/** The straight line that best fits dated levels; null with fewer than two distinct dates. */
export function fitTrend(points: readonly DatedLevel[]): TrendLine | null {
  const sums = levelSums(points);
  const fit = sums && fitOf(sums);
  if (!sums || !fit) return null;
  return {
    slopePerDay: fit.slopeNumerator / fit.denominator,
    intercept: fit.interceptNumerator / fit.denominator,
    origin: sums.origin,
  };
}

/** The fitted level of a trend line on a day. */
export const levelOnTrend = (trend: TrendLine, day: string) =>
  trend.intercept + trend.slopePerDay * daysBetween(trend.origin, day);

/** The smallest whole number at least `numerator / denominator` (> 0), exact where the division rounds. */
function ceilOfRatio(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  return quotient * denominator < numerator ? quotient + 1 : quotient;
}

/**
 * The day the assessment trend reaches the target level: null when the trend does not rise (or there
 * is no trend), or rises so little that it would take more than `forecastHorizonDays`. A trend already
 * past the level gives today. Takes the levels or their sums.
 */
export function forecastFromTrend(
  points: readonly DatedLevel[] | LevelSums | null,
  targetLevel: number,
  today: string,
): string | null {
  const sums = points === null || !Array.isArray(points) ? (points as LevelSums | null) : levelSums(points);
  const fit = sums && fitOf(sums);
  if (!sums || !fit || fit.slopeNumerator <= 0) return null;
  // target = (intercept + slope · days) / denominator, solved in whole numbers: no rounding moves the day.
  const days = ceilOfRatio(targetLevel * fit.denominator - fit.interceptNumerator, fit.slopeNumerator);
  if (days - daysBetween(sums.origin, today) > forecastHorizonDays) return null;
  const day = addDays(sums.origin, days);
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

import { timeOf } from './timeAxis';

/** Trend series for charts: one point per assessment date, per dimension, per axis and overall. */

export interface ScorePoint {
  date: string;
  dimensionId: string;
  level: number;
}

export interface SeriesPoint {
  date: string;
  level: number;
}

/** Orders by day; a stable sort keeps the later of two same-day scores after the earlier. */
const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The levels of each dimension over time, in date order. */
export function dimensionSeries(scores: readonly ScorePoint[]): Map<string, SeriesPoint[]> {
  const series = new Map<string, SeriesPoint[]>();
  for (const score of [...scores].sort(byDate)) {
    const points = series.get(score.dimensionId) ?? [];
    points.push({ date: score.date, level: score.level });
    series.set(score.dimensionId, points);
  }
  return series;
}

/**
 * The mean level of a group of dimensions on each assessment date, each dimension counted at its latest
 * level on that date (a dimension not rated yet is left out of the mean). One pass over the scores in
 * date order, each date's mean taken over the levels reached so far.
 */
export function groupSeries(scores: readonly ScorePoint[], dimensionIds: readonly string[]): SeriesPoint[] {
  const inGroup = new Set(dimensionIds);
  const ordered = scores.filter((s) => inGroup.has(s.dimensionId)).sort(byDate);
  const latest = new Map<string, number>();
  const points: SeriesPoint[] = [];
  ordered.forEach((score, i) => {
    latest.set(score.dimensionId, score.level);
    if (ordered[i + 1]?.date === score.date) return;
    const levels = dimensionIds.flatMap((id) => latest.get(id) ?? []);
    points.push({ date: score.date, level: levels.reduce((a, b) => a + b, 0) / levels.length });
  });
  return points;
}

/** The mean level of each axis over time, for the axes with a dimension rated, in the order given. */
export function axisSeries(
  scores: readonly ScorePoint[],
  dimensions: readonly { id: string; axisId: string }[],
  axisIds: readonly string[],
): { axisId: string; points: SeriesPoint[] }[] {
  return axisIds.flatMap((axisId) => {
    const points = groupSeries(
      scores,
      dimensions.filter((d) => d.axisId === axisId).map((d) => d.id),
    );
    return points.length === 0 ? [] : [{ axisId, points }];
  });
}

/**
 * The forecast drawn ahead of a target's levels: a straight line from the latest assessment to the
 * target level on the forecast day. Nothing when there is no forecast, no assessment to start from, the
 * level is already there, or the forecast does not lie ahead of the latest assessment.
 */
export function forecastLine(
  actual: readonly SeriesPoint[],
  targetLevel: number,
  forecast: string | null,
): SeriesPoint[] {
  const last = [...actual].sort(byDate).at(-1);
  if (!last || forecast === null || last.level >= targetLevel || forecast <= last.date) return [];
  return [
    { date: last.date, level: last.level },
    { date: forecast, level: targetLevel },
  ];
}

/** One row a day for a chart of several series: each series' level under its key, where it has one. */
export interface ChartRow {
  date: string;
  /** The day as an instant, for a time axis. */
  time: number;
  levels: Record<string, number>;
}

/** Series of dated levels merged into chart rows, in date order. */
export function chartRows(series: Readonly<Record<string, readonly SeriesPoint[]>>): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const [key, points] of Object.entries(series)) {
    for (const { date, level } of points) {
      const row = rows.get(date) ?? { date, time: timeOf(date), levels: {} };
      row.levels[key] = level;
      rows.set(date, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.time - b.time);
}

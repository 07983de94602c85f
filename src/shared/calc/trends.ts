import { currentLevelAt, type DatedLevel } from './progress';

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

/** The levels of each dimension over time, in date order. */
export function dimensionSeries(scores: readonly ScorePoint[]): Map<string, SeriesPoint[]> {
  const series = new Map<string, SeriesPoint[]>();
  for (const score of [...scores].sort((a, b) => a.date.localeCompare(b.date))) {
    const points = series.get(score.dimensionId) ?? [];
    points.push({ date: score.date, level: score.level });
    series.set(score.dimensionId, points);
  }
  return series;
}

/**
 * The mean level of a group of dimensions on each assessment date, each dimension counted at its latest
 * level on that date (a dimension not rated yet is left out of the mean).
 */
export function groupSeries(scores: readonly ScorePoint[], dimensionIds: readonly string[]): SeriesPoint[] {
  const byDimension = dimensionSeries(scores.filter((s) => dimensionIds.includes(s.dimensionId)));
  const dates = [...new Set([...byDimension.values()].flat().map((p) => p.date))].sort();
  return dates.map((date) => {
    const levels = dimensionIds
      .map((id) => currentLevelAt(byDimension.get(id) ?? ([] as DatedLevel[]), date))
      .filter((level): level is number => level !== null);
    return { date, level: levels.reduce((a, b) => a + b, 0) / levels.length };
  });
}

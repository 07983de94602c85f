/** A team's assessments read dimension by dimension: the level before a day, one dimension's history. */
import { daysBetween } from '../dates';
import { dimensionSeries, type ScorePoint, type SeriesPoint } from './trends';

export interface RatedAssessment {
  id: string;
  date: string;
  createdAt: string;
  source: string;
  assessor: string;
  scores: readonly { dimensionId: string; level: number; evidence: string }[];
}

/** Assessments in the order they were made: by date, then by when they were written. */
const chronological = <A extends RatedAssessment>(assessments: readonly A[]) =>
  [...assessments].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

/** The scores of the assessments as dated points, oldest first, leaving out the one being edited. */
export function scorePoints(assessments: readonly RatedAssessment[], excludeId?: string): ScorePoint[] {
  return chronological(assessments)
    .filter((assessment) => assessment.id !== excludeId)
    .flatMap((assessment) =>
      assessment.scores.map((score) => ({
        date: assessment.date,
        dimensionId: score.dimensionId,
        level: score.level,
      })),
    );
}

/**
 * Each dimension's level before an assessment, shown beside it for reference: the latest score on or
 * before `day` in the other assessments (on the same day, the one written last).
 */
export function levelsBefore(
  assessments: readonly RatedAssessment[],
  day: string,
  excludeId?: string,
): Map<string, SeriesPoint> {
  const levels = new Map<string, SeriesPoint>();
  for (const [dimensionId, points] of dimensionSeries(scorePoints(assessments, excludeId))) {
    const latest = points.filter((point) => point.date <= day).at(-1);
    if (latest) levels.set(dimensionId, latest);
  }
  return levels;
}

export interface HistoryRow<Source extends string = string> {
  assessmentId: string;
  date: string;
  level: number;
  source: Source;
  assessor: string;
  evidence: string;
}

/** The levels one dimension was given, latest first: the rows of its history table. */
export function dimensionHistory<Source extends string>(
  assessments: readonly (RatedAssessment & { source: Source })[],
  dimensionId: string,
): HistoryRow<Source>[] {
  return chronological(assessments)
    .flatMap((assessment) =>
      assessment.scores
        .filter((score) => score.dimensionId === dimensionId)
        .map((score) => ({
          assessmentId: assessment.id,
          date: assessment.date,
          level: score.level,
          source: assessment.source,
          assessor: assessment.assessor,
          evidence: score.evidence,
        })),
    )
    .reverse();
}

export interface SparklineBox {
  width: number;
  height: number;
  /** The scale's lowest and highest levels: the bottom and the top of the box. */
  minLevel: number;
  maxLevel: number;
  /** Room kept on every side, so that dots on the edges are drawn whole. */
  padding: number;
}

export interface Sparkline {
  /** An SVG path through the points, empty with fewer than two. */
  path: string;
  dots: { x: number; y: number; date: string; level: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A small line of levels over time: x in proportion to the days from the first point to the last (a
 * single point sits in the middle), y from the scale's lowest level at the bottom to its highest at the top.
 */
export function sparkline(points: readonly SeriesPoint[], box: SparklineBox): Sparkline {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return { path: '', dots: [] };
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const span = daysBetween(first.date, last.date);
  const levelSpan = Math.max(1, box.maxLevel - box.minLevel);
  const dots = sorted.map((point) => ({
    x: round(
      box.padding + (span === 0 ? innerWidth / 2 : (daysBetween(first.date, point.date) / span) * innerWidth),
    ),
    y: round(box.padding + innerHeight - ((point.level - box.minLevel) / levelSpan) * innerHeight),
    date: point.date,
    level: point.level,
  }));
  const path =
    dots.length < 2 ? '' : dots.map((dot, i) => `${i === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  return { path, dots };
}

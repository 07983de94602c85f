import type { Db } from './connection';

/**
 * Brings the summary of levels (migration 4) up to date with the points the triggers changed: the spans
 * of each dimension noted in `level_dirty` from its day on, then the days of its team and model from the
 * earliest such day. Runs at the end of every write's transaction and when a file is opened, so that a
 * grid of 34 scores costs a few set-based statements, not a dozen for each score.
 *
 * The joins start from `level_dirty` (CROSS JOIN keeps that order): a few rows that lead to the few
 * spans and points concerned, where the planner, knowing nothing of its size, would scan the others.
 */

/** The spans of the noted dimensions on or after their day, or holding on the eve of it. */
const spansOfDirty = (holding: string) => `
  SELECT s.team_id, s.model_id, s.dimension_id, s.date FROM level_dirty d
  CROSS JOIN level_spans s ON s.team_id = d.team_id AND s.model_id = d.model_id AND s.dimension_id = d.dimension_id
    AND ${holding}`;

/** Each team and model noted, from its earliest day. */
const dirtyPairs = `SELECT team_id, model_id, min(day) AS day FROM level_dirty GROUP BY team_id, model_id`;

/** An aggregate of the spans of a row of `level_days` that hold on its day, found by `until` (an index). */
const spansHolding = (aggregate: string, until: string) => `(
  SELECT ${aggregate} FROM level_spans s
  WHERE s.team_id = level_days.team_id AND s.model_id = level_days.model_id AND ${until}
    AND s.date <= level_days.date)`;

export const refreshStatements = [
  `DELETE FROM level_spans WHERE (team_id, model_id, dimension_id, date) IN (${spansOfDirty('s.date >= d.day')})`,
  // The level at the end of each day (the latest point of the day, by the bare column of max()), where
  // it differs from the level at the end of the last day before (the latest point before it); each new
  // span holds until the next.
  `INSERT INTO level_spans (team_id, model_id, dimension_id, date, until, level)
   SELECT team_id, model_id, dimension_id, date,
     lead(date) OVER (PARTITION BY team_id, model_id, dimension_id ORDER BY date), level
   FROM (
     SELECT l.team_id, l.model_id, l.dimension_id, l.date, l.level, max(l.created_at || l.assessment_id)
     FROM level_dirty d
     CROSS JOIN level_points l ON l.team_id = d.team_id AND l.model_id = d.model_id
       AND l.dimension_id = d.dimension_id AND l.date >= d.day
     GROUP BY l.team_id, l.model_id, l.dimension_id, l.date
   ) e
   WHERE level IS NOT (
     SELECT p.level FROM level_points p
     WHERE p.team_id = e.team_id AND p.model_id = e.model_id AND p.dimension_id = e.dimension_id
       AND p.date < e.date
     ORDER BY p.date DESC, p.created_at DESC, p.assessment_id DESC LIMIT 1)`,
  // The span that held before the day now holds until the first new one, if any.
  `UPDATE level_spans SET until = (
     SELECT min(n.date) FROM level_spans n
     WHERE n.team_id = level_spans.team_id AND n.model_id = level_spans.model_id
       AND n.dimension_id = level_spans.dimension_id AND n.date > level_spans.date)
   WHERE (team_id, model_id, dimension_id, date) IN (${spansOfDirty('s.date < d.day AND (s.until IS NULL OR s.until >= d.day)')})`,
  `DELETE FROM level_days WHERE (team_id, model_id, date) IN (
     SELECT y.team_id, y.model_id, y.date FROM (${dirtyPairs}) p
     JOIN level_days y ON y.team_id = p.team_id AND y.model_id = p.model_id AND y.date >= p.day)`,
  `INSERT INTO level_days (team_id, model_id, date, scores, level_sum, rated)
   SELECT a.team_id, a.model_id, a.date, count(*), 0, 0 FROM (${dirtyPairs}) p
   CROSS JOIN assessments a ON a.team_id = p.team_id AND a.model_id = p.model_id AND a.date >= p.day
   JOIN assessment_scores s ON s.assessment_id = a.id
   GROUP BY a.team_id, a.model_id, a.date`,
  `UPDATE level_days SET
     level_sum = ${spansHolding('coalesce(sum(s.level), 0)', 's.until IS NULL')}
       + ${spansHolding('coalesce(sum(s.level), 0)', 's.until > level_days.date')},
     rated = ${spansHolding('count(*)', 's.until IS NULL')} + ${spansHolding('count(*)', 's.until > level_days.date')}
   WHERE (team_id, model_id, date) IN (
     SELECT y.team_id, y.model_id, y.date FROM (${dirtyPairs}) p
     JOIN level_days y ON y.team_id = p.team_id AND y.model_id = p.model_id AND y.date >= p.day)`,
  `DELETE FROM level_dirty`,
];

const statements = new WeakMap<Db, { dirty: () => boolean; refresh: () => void }>();

function statementsOf(db: Db) {
  let prepared = statements.get(db);
  if (!prepared) {
    const any = db.prepare('SELECT 1 FROM level_dirty LIMIT 1').pluck();
    const steps = refreshStatements.map((sql) => db.prepare(sql));
    prepared = { dirty: () => any.get() !== undefined, refresh: () => steps.forEach((step) => step.run()) };
    statements.set(db, prepared);
  }
  return prepared;
}

/** Call inside the write's transaction: nothing to do costs one lookup. */
export function refreshLevelSummary(db: Db): void {
  const { dirty, refresh: run } = statementsOf(db);
  if (dirty()) run();
}

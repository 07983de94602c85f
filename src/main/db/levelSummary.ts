import type { Db } from './connection';

/**
 * Brings the summary of levels (migration 4) up to date with the points the triggers changed: the spans
 * of each dimension noted in `level_dirty` from its day on (only those that differ are written), then the
 * days of its team and model from the earliest such day. Runs at the end of every write's transaction and when a file is opened, so that a
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

/** The levels of the spans of the team and model of a row of `level_days` that hold on its day (by an index on `until`). */
const levelsHeld = `
  SELECT s.level FROM level_spans s
  WHERE s.team_id = level_days.team_id AND s.model_id = level_days.model_id AND s.until IS NULL
    AND s.date <= level_days.date
  UNION ALL
  SELECT s.level FROM level_spans s
  WHERE s.team_id = level_days.team_id AND s.model_id = level_days.model_id AND s.until > level_days.date
    AND s.date <= level_days.date`;

/**
 * The spans the noted dimensions should have from their day on: the level at the end of each day (the
 * latest point of the day, by the bare column of max()) where it differs from the day before, starting
 * from the level of the span that held on the eve of the day; each holds until the next. Spans before the
 * day are right (no point before it changed), so the span on the eve is one seek, not a point a day.
 */
const wantedSpans = `
  SELECT team_id, model_id, dimension_id, date,
    lead(date) OVER (PARTITION BY team_id, model_id, dimension_id ORDER BY date) AS until, level
  FROM (
    SELECT team_id, model_id, dimension_id, date, level,
      lag(level) OVER (PARTITION BY team_id, model_id, dimension_id ORDER BY date) AS before
    FROM (
      SELECT d.team_id, d.model_id, d.dimension_id, '' AS date, (
        SELECT s.level FROM level_spans s
        WHERE s.team_id = d.team_id AND s.model_id = d.model_id AND s.dimension_id = d.dimension_id
          AND s.date < d.day
        ORDER BY s.date DESC LIMIT 1) AS level
      FROM level_dirty d
      UNION ALL
      SELECT team_id, model_id, dimension_id, date, level FROM (
        SELECT l.team_id, l.model_id, l.dimension_id, l.date, l.level, max(l.created_at || l.assessment_id)
        FROM level_dirty d
        CROSS JOIN level_points l ON l.team_id = d.team_id AND l.model_id = d.model_id
          AND l.dimension_id = d.dimension_id AND l.date >= d.day
        GROUP BY d.team_id, d.model_id, d.dimension_id, l.date
      )
    )
  )
  WHERE date <> '' AND level IS NOT before`;

/** The first span wanted for the dimension of a row of `level_spans`. */
const firstWanted = `(
  SELECT min(w.date) FROM temp.level_wanted_spans w
  WHERE w.team_id = level_spans.team_id AND w.model_id = level_spans.model_id
    AND w.dimension_id = level_spans.dimension_id)`;

/** Where the refresh keeps the spans it wants, to compare them with those in the file (a temporary table). */
export const wantedSpansTable = `CREATE TEMP TABLE IF NOT EXISTS level_wanted_spans (
  team_id TEXT NOT NULL,
  model_id TEXT NOT NULL,
  dimension_id TEXT NOT NULL,
  date TEXT NOT NULL,
  until TEXT,
  level INTEGER NOT NULL,
  PRIMARY KEY (team_id, model_id, dimension_id, date)
) STRICT, WITHOUT ROWID`;

// The spans are changed where they differ, not deleted and written again: every row written is a page
// of the log that the commit writes and syncs, and a grid's dimensions lie on as many pages.
export const refreshStatements = [
  `INSERT INTO temp.level_wanted_spans (team_id, model_id, dimension_id, date, until, level) ${wantedSpans}`,
  `DELETE FROM level_spans WHERE (team_id, model_id, dimension_id, date) IN (${spansOfDirty('s.date >= d.day')})
     AND (team_id, model_id, dimension_id, date) NOT IN (
       SELECT team_id, model_id, dimension_id, date FROM temp.level_wanted_spans)`,
  `INSERT INTO level_spans (team_id, model_id, dimension_id, date, until, level)
   SELECT team_id, model_id, dimension_id, date, until, level FROM temp.level_wanted_spans WHERE true
   ON CONFLICT DO UPDATE SET until = excluded.until, level = excluded.level
   WHERE until IS NOT excluded.until OR level IS NOT excluded.level`,
  // The span on the eve of the day now holds until the first one wanted from the day on, if that changed.
  `UPDATE level_spans SET until = ${firstWanted}
   WHERE (team_id, model_id, dimension_id, date) IN (
       SELECT d.team_id, d.model_id, d.dimension_id, (
         SELECT max(s.date) FROM level_spans s
         WHERE s.team_id = d.team_id AND s.model_id = d.model_id AND s.dimension_id = d.dimension_id
           AND s.date < d.day)
       FROM level_dirty d)
     AND until IS NOT ${firstWanted}`,
  `DELETE FROM temp.level_wanted_spans`,
  `DELETE FROM level_days WHERE (team_id, model_id, date) IN (
     SELECT y.team_id, y.model_id, y.date FROM (${dirtyPairs}) p
     JOIN level_days y ON y.team_id = p.team_id AND y.model_id = p.model_id AND y.date >= p.day)`,
  `INSERT INTO level_days (team_id, model_id, date, scores, level_sum, rated)
   SELECT a.team_id, a.model_id, a.date, count(*), 0, 0 FROM (${dirtyPairs}) p
   CROSS JOIN assessments a ON a.team_id = p.team_id AND a.model_id = p.model_id AND a.date >= p.day
   JOIN assessment_scores s ON s.assessment_id = a.id
   GROUP BY a.team_id, a.model_id, a.date`,
  `UPDATE level_days SET (level_sum, rated) = (SELECT coalesce(sum(level), 0), count(*) FROM (${levelsHeld}))
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
    // Made again if a rollback took it back with the transaction that made it (a no-op otherwise).
    const wanted = db.prepare(wantedSpansTable);
    wanted.run();
    const steps = refreshStatements.map((sql) => db.prepare(sql));
    prepared = {
      dirty: () => any.get() !== undefined,
      refresh: () => {
        wanted.run();
        steps.forEach((step) => step.run());
      },
    };
    statements.set(db, prepared);
  }
  return prepared;
}

/** Call inside the write's transaction: nothing to do costs one lookup. */
export function refreshLevelSummary(db: Db): void {
  const { dirty, refresh: run } = statementsOf(db);
  if (dirty()) run();
}

import type { Db } from './connection';

/**
 * Brings the summary of levels (migration 4) up to date with the scores the triggers noted: the spans
 * of each dimension noted in `level_dirty` from its day on (only those that differ are written), then the
 * days of its team and model from the earliest such day; then the paces of the targets: moved by the
 * levels changed in place (migration 16), and summed again for those noted (migration 6). Runs at the
 * end of every write's transaction and when a file is opened, so that a grid of 34 scores costs a few
 * set-based statements, not a dozen for each score.
 *
 * The spans are keyed by the numbers of their team and model and of their dimension (migration 15): the
 * refresh numbers the noted ones first, in `level_dirty_keys`, a temporary table (never written to the log).
 * The joins start from the noted rows (CROSS JOIN keeps that order): a few rows that lead to the few
 * spans and scores concerned, where the planner, knowing nothing of their number, would scan the others.
 */

/** Each team and model noted, from its earliest day. */
const dirtyPairs = `SELECT team_id, model_id, min(day) AS day FROM level_dirty GROUP BY team_id, model_id`;

/**
 * The trend lines (migration 8) of some teams and models (`pairs`, with `team_id` and `model_id`), from
 * their days: the day numbers (as `epochDay` numbers them), the sums and the counts, oldest first.
 */
export const trendsOfPairs = (pairs: string) => `
  SELECT d.team_id, d.model_id, json_group_array(unixepoch(d.date) / 86400 ORDER BY d.date),
    json_group_array(d.level_sum ORDER BY d.date), json_group_array(d.rated ORDER BY d.date)
  FROM (${pairs}) p
  CROSS JOIN level_days d ON d.team_id = p.team_id AND d.model_id = p.model_id
  GROUP BY d.team_id, d.model_id`;

/**
 * The levels now (migration 10) of some teams and models (`pairs`, with `team_id` and `model_id`): the
 * day the latest of them was set, and the level of each dimension by its id, from the spans holding until
 * further notice. In the order of the ids: the objects the portfolio parses from them then share one
 * shape for every team rated on the same dimensions, which V8 reads fastest.
 */
export const levelsNowOfPairs = (pairs: string) => `
  SELECT p.team_id, p.model_id, max(s.date), json_group_object(k.dimension_id, s.level ORDER BY k.dimension_id)
  FROM (${pairs}) p
  CROSS JOIN level_pairs n ON n.team_id = p.team_id AND n.model_id = p.model_id
  CROSS JOIN level_spans s ON s.pair = n.id AND s.until IS NULL
  CROSS JOIN level_dimensions k ON k.id = s.dimension
  WHERE true
  GROUP BY p.team_id, p.model_id`;

/** The number of the team and model of a row of `table` in `level_pairs`. */
const pairOf = (table: string) =>
  `(SELECT id FROM level_pairs WHERE team_id = ${table}.team_id AND model_id = ${table}.model_id)`;

/** The levels of the spans of the team and model of a row of `level_days` that hold on its day (by an index on `until`). */
const levelsHeld = `
  SELECT s.level FROM level_spans s
  WHERE s.pair = ${pairOf('level_days')} AND s.until IS NULL AND s.date <= level_days.date
  UNION ALL
  SELECT s.level FROM level_spans s
  WHERE s.pair = ${pairOf('level_days')} AND s.until > level_days.date AND s.date <= level_days.date`;

/**
 * The levels of a dimension of a team and model (`t`, with `team_id`, `model_id` and `dimension_id`) as
 * scored by its assessments, `a` and `s`, on the days `days` keeps (a condition on `a.date`), latest first
 * when ordered by `latestFirst` (the later of two on a day is the one created last): read through the
 * assessments of the team and model by day, each leading to its score of the dimension.
 */
export const scoresOfDimension = (t: string, days: string) => `
  assessments a JOIN assessment_scores s ON s.assessment_id = a.id AND s.dimension_id = ${t}.dimension_id
  WHERE a.team_id = ${t}.team_id AND a.model_id = ${t}.model_id AND ${days}`;

export const latestFirst = 'ORDER BY a.date DESC, a.created_at DESC, a.id DESC';

/**
 * The days that may start a span of the noted dimensions: the span holding on the eve of their day (its
 * date and level), then the level at the end of each day from the day on (the latest score of the day, by
 * the bare column of max()). Spans before the eve are right (no score before the day changed), so the span
 * on the eve is one seek, not a score a day. Those whose level is the day before's are then dropped, and
 * each span left holds until the next. No window functions: their sorts cost more than these seeks in a
 * table in memory (a grid's spans refreshed in 0.60 ms rather than 0.76, measured apart).
 */
const spanStarts = `
  SELECT d.pair, d.dimension, e.date, e.level FROM temp.level_dirty_keys d
  CROSS JOIN level_spans e ON e.pair = d.pair AND e.dimension = d.dimension AND e.date = (
    SELECT max(s.date) FROM level_spans s WHERE s.pair = d.pair AND s.dimension = d.dimension AND s.date < d.day)
  UNION ALL
  SELECT pair, dimension, date, level FROM (
    SELECT d.pair, d.dimension, a.date, s.level, max(a.created_at || a.id)
    FROM temp.level_dirty_keys d
    CROSS JOIN assessments a ON a.team_id = d.team_id AND a.model_id = d.model_id AND a.date >= d.day
    JOIN assessment_scores s ON s.assessment_id = a.id AND s.dimension_id = d.dimension_id
    GROUP BY d.pair, d.dimension, a.date
  )`;

/** The date of the span wanted after a row of `w`, in `temp.level_wanted_spans`: null if none. */
const nextWanted = `(
  SELECT min(n.date) FROM temp.level_wanted_spans n
  WHERE n.pair = w.pair AND n.dimension = w.dimension AND n.date > w.date)`;

/**
 * The refresh's temporary tables: the noted dimensions with their numbers, and the spans it wants, to
 * compare them with those in the file.
 */
export const refreshTables = [
  `CREATE TEMP TABLE IF NOT EXISTS level_dirty_keys (
    pair INTEGER NOT NULL,
    dimension INTEGER NOT NULL,
    team_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    dimension_id TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (pair, dimension)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TEMP TABLE IF NOT EXISTS level_wanted_spans (
    pair INTEGER NOT NULL,
    dimension INTEGER NOT NULL,
    date TEXT NOT NULL,
    level INTEGER NOT NULL,
    PRIMARY KEY (pair, dimension, date)
  ) STRICT, WITHOUT ROWID`,
];

// The spans are changed where they differ, not deleted and written again: every row written is a page
// of the log that the commit writes and syncs.
export const refreshStatements = [
  // Numbers for the teams, models and dimensions noted that have none yet (none new: nothing written).
  `INSERT INTO level_pairs (team_id, model_id) SELECT DISTINCT team_id, model_id FROM level_dirty WHERE true
   ON CONFLICT DO NOTHING`,
  `INSERT INTO level_dimensions (dimension_id) SELECT DISTINCT dimension_id FROM level_dirty WHERE true
   ON CONFLICT DO NOTHING`,
  `INSERT INTO temp.level_dirty_keys (pair, dimension, team_id, model_id, dimension_id, day)
   SELECT p.id, k.id, d.team_id, d.model_id, d.dimension_id, d.day FROM level_dirty d
   CROSS JOIN level_pairs p ON p.team_id = d.team_id AND p.model_id = d.model_id
   CROSS JOIN level_dimensions k ON k.dimension_id = d.dimension_id`,
  `INSERT INTO temp.level_wanted_spans (pair, dimension, date, level) ${spanStarts}`,
  // A day at the level of the day before it starts no span.
  `DELETE FROM temp.level_wanted_spans AS w WHERE level IS (
     SELECT p.level FROM temp.level_wanted_spans p
     WHERE p.pair = w.pair AND p.dimension = w.dimension AND p.date < w.date ORDER BY p.date DESC LIMIT 1)`,
  `DELETE FROM level_spans WHERE (pair, dimension, date) IN (
       SELECT s.pair, s.dimension, s.date FROM temp.level_dirty_keys d
       CROSS JOIN level_spans s ON s.pair = d.pair AND s.dimension = d.dimension AND s.date >= d.day)
     AND (pair, dimension, date) NOT IN (SELECT pair, dimension, date FROM temp.level_wanted_spans)`,
  // The span on the eve of the day is among those wanted: it now holds until the first one after it.
  `INSERT INTO level_spans (pair, dimension, date, until, level)
   SELECT pair, dimension, date, ${nextWanted}, level FROM temp.level_wanted_spans w WHERE true
   ON CONFLICT DO UPDATE SET until = excluded.until, level = excluded.level
   WHERE until IS NOT excluded.until OR level IS NOT excluded.level`,
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
  // The levels now of the teams and models noted, written where they changed (none left: none).
  `DELETE FROM level_now WHERE (team_id, model_id) IN (SELECT team_id, model_id FROM level_dirty)
     AND NOT EXISTS (SELECT 1 FROM level_spans s WHERE s.pair = ${pairOf('level_now')} AND s.until IS NULL)`,
  `INSERT INTO level_now (team_id, model_id, date, levels)
   ${levelsNowOfPairs('SELECT DISTINCT team_id, model_id FROM level_dirty')}
   ON CONFLICT (team_id, model_id) DO UPDATE SET date = excluded.date, levels = excluded.levels
   WHERE date IS NOT excluded.date OR levels IS NOT excluded.levels`,
  // The trend lines of the teams and models noted, drawn again from their days (none left: none).
  `DELETE FROM level_trends WHERE (team_id, model_id) IN (SELECT team_id, model_id FROM level_dirty)`,
  `INSERT INTO level_trends (team_id, model_id, days, sums, rated)
   ${trendsOfPairs(dirtyPairs)}`,
  // The targets on the dimensions whose scores changed otherwise than a level in place: their pace is
  // summed again below (a level changed in place moves the paces by the change, migration 16).
  `INSERT INTO target_paces_dirty (target_id)
   SELECT g.id FROM level_dirty d
   CROSS JOIN plans p ON p.team_id = d.team_id AND p.model_id = d.model_id
   JOIN targets g ON g.plan_id = p.id AND g.dimension_id = d.dimension_id
   WHERE NOT d.in_place ON CONFLICT DO NOTHING`,
  `DELETE FROM level_dirty`,
  `DELETE FROM temp.level_dirty_keys`,
];

/**
 * The levels changed in place (migration 16) added into the paces of the targets whose points they are:
 * a score of the target's dimension, of its team and model, on or after its plan's start or the last one
 * before it (as the sums below take them). Each moves `sum_y` by its change and `sum_xy` by its change
 * times its day counted from the earliest point; the points, their days and the other sums stay. The
 * latest score of the dimension, always one of the points, gives `last_level`. A target noted to be
 * summed again gets the change too, and then its sums anew.
 */
export const levelChangeStatements = [
  `WITH changed AS (
     SELECT g.id AS target_id, a.team_id, a.model_id, s.dimension_id, p.start_date, a.date, s.rowid AS score,
       s.level, c.delta
     FROM score_level_changes c
     CROSS JOIN assessment_scores s ON s.id = c.score_id
     JOIN assessments a ON a.id = s.assessment_id
     JOIN plans p ON p.team_id = a.team_id AND p.model_id = a.model_id
     JOIN targets g ON g.plan_id = p.id AND g.dimension_id = s.dimension_id
     WHERE c.delta <> 0
   ),
   points AS (
     SELECT * FROM changed t WHERE t.date >= t.start_date
       OR t.score = (SELECT s.rowid FROM ${scoresOfDimension('t', 'a.date < t.start_date')} ${latestFirst} LIMIT 1)
   ),
   moves AS (
     SELECT t.target_id, sum(t.delta) AS delta, sum(t.delta * (unixepoch(t.date) / 86400)) AS delta_x,
       max(CASE WHEN t.score = (SELECT s.rowid FROM ${scoresOfDimension('t', 'true')} ${latestFirst} LIMIT 1)
         THEN t.level END) AS latest
     FROM points t
     GROUP BY t.target_id
   )
   UPDATE target_paces AS tp
   SET sum_y = tp.sum_y + m.delta, sum_xy = tp.sum_xy + m.delta_x - m.delta * (unixepoch(tp.origin) / 86400),
     last_level = coalesce(m.latest, tp.last_level)
   FROM moves m
   WHERE tp.target_id = m.target_id`,
  `DELETE FROM score_level_changes`,
];

/**
 * The pace of each noted target summed again (migration 6): the levels since its plan started and the
 * last one before (the later of two on its day, as `historySince` reads them), days counted from the
 * earliest as `levelSums` counts them; what its steps count; and the latest level of its dimension
 * (migration 7). Days are midnights, so `unixepoch` counts them whole, in integers: a grid's six paces
 * were summed in 0.21 ms rather than 0.31 through `julianday`. The sums are taken over days since 1970,
 * then moved to start at the earliest (sum of (x - o) = sum of x - n·o, and so on, exactly in integers):
 * one pass, where finding the earliest first took a window over the points, sorted (a third of the time).
 */
export const paceStatements = [
  `WITH noted AS (
     SELECT g.id AS target_id, p.team_id, p.model_id, g.dimension_id, p.start_date FROM target_paces_dirty d
     CROSS JOIN targets g ON g.id = d.target_id JOIN plans p ON p.id = g.plan_id
   ),
   pace AS (
     SELECT t.target_id, prior.date, score.level FROM noted t
     JOIN assessment_scores score
       ON score.rowid = (SELECT s.rowid FROM ${scoresOfDimension('t', 'a.date < t.start_date')} ${latestFirst} LIMIT 1)
     JOIN assessments prior ON prior.id = score.assessment_id
     UNION ALL
     SELECT t.target_id, a.date, s.level FROM noted t
     CROSS JOIN ${scoresOfDimension('t', 'a.date >= t.start_date')}
   ),
   sums AS (
     SELECT target_id, count(*) AS points, min(date) AS origin, max(date) AS last_date, min(x) AS first_x,
       sum(x) AS sum_x, sum(level) AS sum_y, sum(x * x) AS sum_xx, sum(x * level) AS sum_xy
     FROM (SELECT target_id, date, level, unixepoch(date) / 86400 AS x FROM pace)
     GROUP BY target_id
   )
   INSERT INTO target_paces (target_id, points, origin, last_date, sum_x, sum_y, sum_xx, sum_xy,
     steps_done, steps_open, last_done, last_level)
   SELECT t.target_id, coalesce(s.points, 0), s.origin, s.last_date,
     coalesce(s.sum_x - s.points * s.first_x, 0), coalesce(s.sum_y, 0),
     coalesce(s.sum_xx - 2 * s.first_x * s.sum_x + s.points * s.first_x * s.first_x, 0),
     coalesce(s.sum_xy - s.first_x * s.sum_y, 0),
     (SELECT count(*) FROM steps WHERE target_id = t.target_id AND status = 'done' AND done_date IS NOT NULL),
     (SELECT count(*) FROM steps WHERE target_id = t.target_id AND status IN ('idea', 'todo', 'doing')),
     (SELECT max(done_date) FROM steps WHERE target_id = t.target_id AND status = 'done'),
     (SELECT s.level FROM ${scoresOfDimension('t', 'true')} ${latestFirst} LIMIT 1)
   FROM noted t LEFT JOIN sums s ON s.target_id = t.target_id
   WHERE true
   ON CONFLICT DO UPDATE SET (points, origin, last_date, sum_x, sum_y, sum_xx, sum_xy, steps_done,
     steps_open, last_done, last_level) = (excluded.points, excluded.origin, excluded.last_date,
     excluded.sum_x, excluded.sum_y, excluded.sum_xx, excluded.sum_xy, excluded.steps_done,
     excluded.steps_open, excluded.last_done, excluded.last_level)`,
  `DELETE FROM target_paces_dirty`,
];

const statements = new WeakMap<Db, { refreshLevels: () => void; refreshPaces: () => void }>();

function statementsOf(db: Db) {
  let prepared = statements.get(db);
  if (!prepared) {
    const anyLevel = db.prepare('SELECT 1 FROM level_dirty LIMIT 1').pluck();
    const anyTarget = db.prepare('SELECT 1 FROM target_paces_dirty LIMIT 1').pluck();
    const anyLevelChange = db.prepare('SELECT 1 FROM score_level_changes LIMIT 1').pluck();
    // Made again if a rollback took them back with the transaction that made them (a no-op otherwise).
    const tables = refreshTables.map((sql) => db.prepare(sql));
    tables.forEach((table) => table.run());
    const levelSteps = refreshStatements.map((sql) => db.prepare(sql));
    const levelChangeSteps = levelChangeStatements.map((sql) => db.prepare(sql));
    const paceSteps = paceStatements.map((sql) => db.prepare(sql));
    prepared = {
      refreshLevels: () => {
        if (anyLevel.get() === undefined) return;
        tables.forEach((table) => table.run());
        levelSteps.forEach((step) => step.run());
      },
      refreshPaces: () => {
        if (anyLevelChange.get() !== undefined) levelChangeSteps.forEach((step) => step.run());
        if (anyTarget.get() !== undefined) paceSteps.forEach((step) => step.run());
      },
    };
    statements.set(db, prepared);
  }
  return prepared;
}

/**
 * Call inside the write's transaction: nothing to do costs three lookups. The levels first: their
 * refresh notes the targets whose pace is to be summed again.
 */
export function refreshLevelSummary(db: Db): void {
  const { refreshLevels, refreshPaces } = statementsOf(db);
  refreshLevels();
  refreshPaces();
}

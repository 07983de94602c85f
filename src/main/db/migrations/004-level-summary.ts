import type { Migration } from '../migrate';

/**
 * A summary of the assessed levels that the portfolio reads instead of every score (408,000 at the
 * benchmark's size L):
 *
 * - `level_points`: every score with its team, model and day, side by side for each dimension of a team
 *   (the pace of a target is one short range of it);
 * - `level_spans`: for each team, model and dimension, one row a day its level changed (the level at the
 *   end of the day: the later of two same-day assessments wins), valid until the next change (`until`,
 *   null for the latest). The level on any day is the span holding it;
 * - `level_days`: for each team and model, one row a day it was assessed: how many scores that day, and
 *   the sum and count of the levels of every dimension rated by its end, which give the trend line.
 *
 * Triggers keep the points and note, in `level_dirty`, each dimension whose spans changed from a day on;
 * `refreshLevelSummary` (../levelSummary.ts) rebuilds those spans and days at the end of the write's
 * transaction, in a few statements for a whole grid rather than a dozen for each score.
 */

/** The point of a score in `level_points`, from its assessment. */
const pointOf = (row: 'NEW' | 'OLD') =>
  `SELECT a.team_id, a.model_id, ${row}.dimension_id, a.date, a.created_at, a.id, ${row}.level
   FROM assessments a WHERE a.id = ${row}.assessment_id`;

const addPoint = (row: 'NEW' | 'OLD') => `
  INSERT INTO level_points (team_id, model_id, dimension_id, date, created_at, assessment_id, level) ${pointOf(row)};`;

const removePoint = (row: 'NEW' | 'OLD') => `
  DELETE FROM level_points
  WHERE (team_id, model_id, dimension_id, date, created_at, assessment_id, level) = (${pointOf(row)});`;

/** Notes that the spans of some dimensions of a team and a model changed from a day on. */
const markDirty = (team: string, model: string, dimensions: string, day: string) => `
  INSERT INTO level_dirty (team_id, model_id, dimension_id, day)
  SELECT ${team}, ${model}, dimension_id, ${day} FROM (${dimensions}) WHERE true
  ON CONFLICT DO UPDATE SET day = min(day, excluded.day);`;

const markScore = (row: 'NEW' | 'OLD') =>
  markDirty(
    `(SELECT team_id FROM assessments WHERE id = ${row}.assessment_id)`,
    `(SELECT model_id FROM assessments WHERE id = ${row}.assessment_id)`,
    `SELECT ${row}.dimension_id AS dimension_id`,
    `(SELECT date FROM assessments WHERE id = ${row}.assessment_id)`,
  );

const dimensionsOfAssessment = 'SELECT dimension_id FROM assessment_scores WHERE assessment_id = NEW.id';

/**
 * The summary's trigger on an assessment moved to another team, model or day, or its creation time
 * changed (which of two on a day counts): runs `statements`, then notes its dimensions on both sides.
 */
export const assessmentTrigger = (statements: string) => `
  CREATE TRIGGER level_summary_after_assessment_update AFTER UPDATE OF team_id, model_id, date, created_at
  ON assessments
  WHEN OLD.team_id IS NOT NEW.team_id OR OLD.model_id IS NOT NEW.model_id OR OLD.date IS NOT NEW.date
    OR OLD.created_at IS NOT NEW.created_at
  BEGIN
    ${statements}
    ${markDirty('OLD.team_id', 'OLD.model_id', dimensionsOfAssessment, 'OLD.date')}
    ${markDirty('NEW.team_id', 'NEW.model_id', dimensionsOfAssessment, 'NEW.date')}
  END;`;

export const levelSummarySchema = `
  CREATE TABLE level_points (
    team_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    dimension_id TEXT NOT NULL,
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    assessment_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    PRIMARY KEY (team_id, model_id, dimension_id, date, created_at, assessment_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE level_spans (
    team_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    dimension_id TEXT NOT NULL,
    date TEXT NOT NULL,
    until TEXT,
    level INTEGER NOT NULL,
    PRIMARY KEY (team_id, model_id, dimension_id, date)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX level_spans_by_until ON level_spans (until, level);
  CREATE INDEX level_spans_of_team_by_until ON level_spans (team_id, model_id, until);

  CREATE TABLE level_days (
    team_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    date TEXT NOT NULL,
    scores INTEGER NOT NULL,
    level_sum INTEGER NOT NULL,
    rated INTEGER NOT NULL,
    PRIMARY KEY (team_id, model_id, date)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE level_dirty (
    team_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    dimension_id TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (team_id, model_id, dimension_id)
  ) STRICT, WITHOUT ROWID;

  CREATE INDEX steps_by_target_status ON steps (target_id, status, done_date);

  CREATE TRIGGER level_summary_after_score_insert AFTER INSERT ON assessment_scores BEGIN
    ${addPoint('NEW')}
    ${markScore('NEW')}
  END;

  CREATE TRIGGER level_summary_after_score_delete AFTER DELETE ON assessment_scores BEGIN
    ${removePoint('OLD')}
    ${markScore('OLD')}
  END;

  CREATE TRIGGER level_summary_after_score_update AFTER UPDATE OF assessment_id, dimension_id, level
  ON assessment_scores
  WHEN OLD.assessment_id IS NOT NEW.assessment_id OR OLD.dimension_id IS NOT NEW.dimension_id
    OR OLD.level IS NOT NEW.level
  BEGIN
    ${removePoint('OLD')}
    ${addPoint('NEW')}
    ${markScore('OLD')}
    ${markScore('NEW')}
  END;

  ${assessmentTrigger(`
    UPDATE level_points
    SET team_id = NEW.team_id, model_id = NEW.model_id, date = NEW.date, created_at = NEW.created_at
    WHERE team_id = OLD.team_id AND model_id = OLD.model_id AND dimension_id IN (${dimensionsOfAssessment})
      AND date = OLD.date AND created_at = OLD.created_at AND assessment_id = OLD.id;`)}`;

/** The summary of the levels already assessed: spans by window functions, day sums by running totals. */
const fillSummary = `
  INSERT INTO level_points (team_id, model_id, dimension_id, date, created_at, assessment_id, level)
  SELECT a.team_id, a.model_id, s.dimension_id, a.date, a.created_at, a.id, s.level
  FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id;

  INSERT INTO level_spans (team_id, model_id, dimension_id, date, until, level)
  SELECT team_id, model_id, dim, day, lead(day) OVER w, level FROM (
    SELECT team_id, model_id, dim, day, level, lag(level) OVER w AS before FROM (
      SELECT team_id, model_id, dimension_id AS dim, date AS day, level,
        row_number() OVER (
          PARTITION BY team_id, model_id, dimension_id, date ORDER BY created_at DESC, assessment_id DESC
        ) AS rank
      FROM level_points
    )
    WHERE rank = 1
    WINDOW w AS (PARTITION BY team_id, model_id, dim ORDER BY day)
  )
  WHERE before IS NOT level
  WINDOW w AS (PARTITION BY team_id, model_id, dim ORDER BY day);

  INSERT INTO level_days (team_id, model_id, date, scores, level_sum, rated)
  SELECT team_id, model_id, date, count(*), 0, 0 FROM level_points GROUP BY team_id, model_id, date;

  WITH changes AS (
    SELECT team_id, model_id, date AS day, level AS sum_change, 1 AS rated_change FROM level_spans
    UNION ALL
    SELECT team_id, model_id, until, -level, -1 FROM level_spans WHERE until IS NOT NULL
  ),
  by_day AS (
    SELECT team_id, model_id, day, sum(sum_change) AS sum_change, sum(rated_change) AS rated_change
    FROM changes GROUP BY team_id, model_id, day
  ),
  totals AS (
    SELECT d.team_id, d.model_id, d.date,
      sum(coalesce(c.sum_change, 0)) OVER w AS level_sum, sum(coalesce(c.rated_change, 0)) OVER w AS rated
    FROM level_days d
    LEFT JOIN by_day c ON c.team_id = d.team_id AND c.model_id = d.model_id AND c.day = d.date
    WINDOW w AS (PARTITION BY d.team_id, d.model_id ORDER BY d.date)
  )
  UPDATE level_days SET level_sum = totals.level_sum, rated = totals.rated
  FROM totals
  WHERE totals.team_id = level_days.team_id AND totals.model_id = level_days.model_id
    AND totals.date = level_days.date;`;

export const levelSummary: Migration = {
  version: 4,
  name: 'a summary of the assessed levels, kept by triggers',
  up: (db) => {
    db.exec(levelSummarySchema);
    db.exec(fillSummary);
  },
};

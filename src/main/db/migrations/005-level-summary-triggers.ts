import type { Migration } from '../migrate';

/**
 * The triggers of migration 4 on scores, doing less for each score: a grid save changes the level of
 * every score of an assessment (34 of them), and each of these ran four statements with three lookups of
 * its assessment to note it. Now a level changed in place updates its point where it is and notes its
 * dimension once, each statement finding the assessment by one lookup; a score moved to another
 * assessment or dimension still leaves its point and makes a new one.
 */

/** The key of a score's point in `level_points`, from its assessment. */
const keyOf = (row: 'NEW' | 'OLD') =>
  `SELECT a.team_id, a.model_id, ${row}.dimension_id, a.date, a.created_at, a.id
   FROM assessments a WHERE a.id = ${row}.assessment_id`;

const addPoint = (row: 'NEW' | 'OLD') => `
  INSERT INTO level_points (team_id, model_id, dimension_id, date, created_at, assessment_id, level)
  SELECT a.team_id, a.model_id, ${row}.dimension_id, a.date, a.created_at, a.id, ${row}.level
  FROM assessments a WHERE a.id = ${row}.assessment_id;`;

const removePoint = (row: 'NEW' | 'OLD') => `
  DELETE FROM level_points
  WHERE (team_id, model_id, dimension_id, date, created_at, assessment_id) = (${keyOf(row)});`;

/** Notes that the spans of a score's dimension changed from its assessment's day on. */
export const noteScore = (row: 'NEW' | 'OLD') => `
  INSERT INTO level_dirty (team_id, model_id, dimension_id, day)
  SELECT a.team_id, a.model_id, ${row}.dimension_id, a.date FROM assessments a WHERE a.id = ${row}.assessment_id
  ON CONFLICT DO UPDATE SET day = min(day, excluded.day);`;

const sameScore = 'OLD.assessment_id IS NEW.assessment_id AND OLD.dimension_id IS NEW.dimension_id';

/**
 * The summary's triggers on scores, each running its statements: on a score added, deleted, its level
 * changed in place, and moved to another assessment or dimension.
 */
export const scoreTriggers = (statements: { add: string; remove: string; level: string; move: string }) => `
      CREATE TRIGGER level_summary_after_score_insert AFTER INSERT ON assessment_scores BEGIN
        ${statements.add}
      END;

      CREATE TRIGGER level_summary_after_score_delete AFTER DELETE ON assessment_scores BEGIN
        ${statements.remove}
      END;

      CREATE TRIGGER level_summary_after_score_level_update AFTER UPDATE OF level ON assessment_scores
      WHEN ${sameScore} AND OLD.level IS NOT NEW.level
      BEGIN
        ${statements.level}
      END;

      CREATE TRIGGER level_summary_after_score_move AFTER UPDATE OF assessment_id, dimension_id
      ON assessment_scores
      WHEN NOT (${sameScore})
      BEGIN
        ${statements.move}
      END;`;

export const levelSummaryTriggers: Migration = {
  version: 5,
  name: 'the level summary kept with fewer statements for each score',
  up: (db) => {
    db.exec(`
      DROP TRIGGER level_summary_after_score_insert;
      DROP TRIGGER level_summary_after_score_delete;
      DROP TRIGGER level_summary_after_score_update;

      ${scoreTriggers({
        add: `${addPoint('NEW')} ${noteScore('NEW')}`,
        remove: `${removePoint('OLD')} ${noteScore('OLD')}`,
        level: `UPDATE level_points SET level = NEW.level
          WHERE (team_id, model_id, dimension_id, date, created_at, assessment_id) = (${keyOf('NEW')});
          ${noteScore('NEW')}`,
        move: `${removePoint('OLD')} ${addPoint('NEW')} ${noteScore('OLD')} ${noteScore('NEW')}`,
      })}
    `);
  },
};

import type { Migration } from '../migrate';
import { assessmentTrigger } from './004-level-summary';
import { noteScore, scoreTriggers } from './005-level-summary-triggers';

/**
 * The summary of levels laid out for what saving a grid writes, which every page it changes costs: each
 * is written to the log and synced at the commit (~120 pages, half the save's time, before this).
 * - It reads the scores themselves, through the assessments of a team and model by day, where it read
 *   `level_points`, a copy of every score laid out by dimension, which it drops: a grid changed one row
 *   of it for each of its 34 dimensions, each on a page of its own. The triggers now only note what
 *   changed. The index of assessments by day also orders those of a day as the summary does (the one
 *   created last wins), so that the latest score of a dimension is found walking back from the end.
 * - The spans are found by team and model, then by their end (`until`), with their level: one index
 *   where there were two, the other by end and level for every team at once, where the 34 spans of a
 *   grid, moving from one level to another, changed ten pages.
 */
export const levelsFromScores: Migration = {
  version: 9,
  name: 'the summary of levels read from the scores, without a copy of them',
  up: (db) => {
    db.exec(`
      DROP TRIGGER level_summary_after_score_insert;
      DROP TRIGGER level_summary_after_score_delete;
      DROP TRIGGER level_summary_after_score_level_update;
      DROP TRIGGER level_summary_after_score_move;
      DROP TRIGGER level_summary_after_assessment_update;
      DROP TABLE level_points;

      DROP INDEX level_spans_by_until;
      DROP INDEX level_spans_of_team_by_until;
      CREATE INDEX level_spans_of_team_by_until ON level_spans (team_id, model_id, until, level);

      DROP INDEX assessments_by_team;
      CREATE INDEX assessments_by_team ON assessments (team_id, model_id, date, created_at, id);

      ${scoreTriggers({
        add: noteScore('NEW'),
        remove: noteScore('OLD'),
        level: noteScore('NEW'),
        move: `${noteScore('OLD')} ${noteScore('NEW')}`,
      })}
      ${assessmentTrigger('')}
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * Each team's levels now on each model, in the summary of levels: the level of every dimension rated (the
 * spans holding until further notice) as one JSON object by dimension, and the day the latest of them was
 * set. The portfolio's heatmaps gathered them from 6,800 spans at size L on every opening, a third of
 * the time of its queries; they read 200 rows, and the spans only of a team with levels set after the day
 * (an assessment dated ahead). A table with rowids: a row of 34 levels (1.4 KB) fits on a page of it,
 * where a table without rowid keeps about 1 KB of a row on its page and the rest on pages of their own.
 * Reads the spans as this version laid them out (by the ids of team, model and dimension; see migration 15).
 */
export const levelsNow: Migration = {
  version: 10,
  name: "each team's levels now in the summary of levels",
  up: (db) => {
    db.exec(`
      CREATE TABLE level_now (
        team_id TEXT NOT NULL,
        model_id TEXT NOT NULL,
        date TEXT NOT NULL,
        levels TEXT NOT NULL,
        UNIQUE (team_id, model_id)
      ) STRICT;
      INSERT INTO level_now (team_id, model_id, date, levels)
      SELECT s.team_id, s.model_id, max(s.date), json_group_object(s.dimension_id, s.level ORDER BY s.dimension_id)
      FROM (SELECT DISTINCT team_id, model_id FROM level_days) p
      CROSS JOIN level_spans s ON s.team_id = p.team_id AND s.model_id = p.model_id AND s.until IS NULL
      WHERE true
      GROUP BY s.team_id, s.model_id;
    `);
  },
};

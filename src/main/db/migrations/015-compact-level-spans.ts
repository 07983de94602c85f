import type { Migration } from '../migrate';

/**
 * The spans of levels keyed by small integers rather than three ids of 36 characters: `level_pairs`
 * numbers each team and model, `level_dimensions` each dimension, and a span is keyed by those two
 * numbers and its day. A team's spans took about 29 pages at size L (754 spans of 127 bytes of key and
 * day), one for each dimension, and a grid save changed the last span of each of its 34 dimensions: 27
 * pages of the table and 6 of its index, each written to the log and synced at the commit. Keyed so,
 * they take about a fifth of that (1,324 pages rather than 5,771 at L), and the same 34 spans changed
 * 9 pages rather than 26 (measured apart, on a copy of L).
 *
 * The numbers are the summary's own: given as a team and model or a dimension is first summarised, never
 * reused, and never read outside the summary.
 */
export const compactLevelSpans: Migration = {
  version: 15,
  name: 'the spans of levels keyed by numbers for their team, model and dimension',
  up: (db) => {
    db.exec(`
      CREATE TABLE level_pairs (
        id INTEGER PRIMARY KEY,
        team_id TEXT NOT NULL,
        model_id TEXT NOT NULL,
        UNIQUE (team_id, model_id)
      ) STRICT;
      CREATE TABLE level_dimensions (
        id INTEGER PRIMARY KEY,
        dimension_id TEXT NOT NULL UNIQUE
      ) STRICT;
      INSERT INTO level_pairs (team_id, model_id)
        SELECT DISTINCT team_id, model_id FROM level_spans ORDER BY team_id, model_id;
      INSERT INTO level_dimensions (dimension_id)
        SELECT DISTINCT dimension_id FROM level_spans ORDER BY dimension_id;

      CREATE TABLE level_spans_by_number (
        pair INTEGER NOT NULL,
        dimension INTEGER NOT NULL,
        date TEXT NOT NULL,
        until TEXT,
        level INTEGER NOT NULL,
        PRIMARY KEY (pair, dimension, date)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO level_spans_by_number (pair, dimension, date, until, level)
        SELECT p.id, d.id, s.date, s.until, s.level FROM level_spans s
        JOIN level_pairs p ON p.team_id = s.team_id AND p.model_id = s.model_id
        JOIN level_dimensions d ON d.dimension_id = s.dimension_id
        ORDER BY p.id, d.id, s.date;
      DROP TABLE level_spans;
      ALTER TABLE level_spans_by_number RENAME TO level_spans;
      CREATE INDEX level_spans_of_pair_by_until ON level_spans (pair, until, level);
    `);
  },
};

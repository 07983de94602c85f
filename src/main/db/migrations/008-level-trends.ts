import type { Migration } from '../migrate';
import { trendsOfPairs } from '../levelSummary';

/**
 * Each team's trend line on each model, kept in the summary of levels beside the days it is drawn from
 * (`level_days`): the days as day numbers, and the sums and counts of the levels held, as three JSON
 * arrays, oldest first. The portfolio read and wrote these arrays from 12,000 days at size L on every
 * opening; it now reads 200 rows, and the refresh writes again only the lines of the teams it notes.
 */
export const levelTrends: Migration = {
  version: 8,
  name: "each team's trend line in the summary of levels",
  up: (db) => {
    db.exec(`
      CREATE TABLE level_trends (
        team_id TEXT NOT NULL,
        model_id TEXT NOT NULL,
        days TEXT NOT NULL,
        sums TEXT NOT NULL,
        rated TEXT NOT NULL,
        PRIMARY KEY (team_id, model_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO level_trends (team_id, model_id, days, sums, rated)
      ${trendsOfPairs('SELECT DISTINCT team_id, model_id FROM level_days')};
    `);
  },
};

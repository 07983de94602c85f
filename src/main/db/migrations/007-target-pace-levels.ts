import type { Migration } from '../migrate';

/**
 * The level each target's dimension stands at (its latest assessment, whatever its day) in the summary of
 * target paces: the portfolio's watch list tells from it which targets are reached without reading every
 * team's levels. This migration notes every target: the refresh that runs when a file is opened fills it.
 */
export const targetPaceLevels: Migration = {
  version: 7,
  name: "the latest level of each target's dimension in the summary of target paces",
  up: (db) => {
    db.exec(`
      ALTER TABLE target_paces ADD COLUMN last_level INTEGER;
      INSERT INTO target_paces_dirty (target_id) SELECT id FROM targets WHERE true ON CONFLICT DO NOTHING;
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * A summary of what tells each target's pace, for the portfolio's watch list, which weighs every target
 * not reached yet (hundreds at a large MSP) and read their assessments and steps one target at a time:
 * - `target_paces`: for each target, the least-squares sums of its dimension's levels since its plan
 *   started and the last one before (`levelSums` of src/shared/calc/forecast.ts: days from `origin`,
 *   the earliest), the latest of those days, and the steps done, open and the last day one was done;
 * - `target_paces_dirty`: the targets whose pace may have changed, which `refreshLevelSummary`
 *   (../levelSummary.ts) sums again at the end of the write's transaction. Triggers note a target
 *   written, a plan whose start, team or model changed, a step moved; the refresh notes the targets of
 *   the dimensions whose levels changed.
 *
 * The sums count every assessment and step, whatever its day: a reader asking about a day before the
 * latest of them reads those targets from the assessments and steps themselves.
 * This migration notes every target: the refresh that runs when a file is opened sums them.
 */

const noteTarget = (id: string) => `
  INSERT INTO target_paces_dirty (target_id) SELECT ${id} WHERE ${id} IS NOT NULL ON CONFLICT DO NOTHING;`;

export const targetPaces: Migration = {
  version: 6,
  name: 'a summary of the pace of each target, kept by triggers',
  up: (db) => {
    db.exec(`
      CREATE TABLE target_paces (
        target_id TEXT PRIMARY KEY REFERENCES targets (id) ON DELETE CASCADE,
        points INTEGER NOT NULL,
        origin TEXT,
        last_date TEXT,
        sum_x INTEGER NOT NULL,
        sum_y INTEGER NOT NULL,
        sum_xx INTEGER NOT NULL,
        sum_xy INTEGER NOT NULL,
        steps_done INTEGER NOT NULL,
        steps_open INTEGER NOT NULL,
        last_done TEXT
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE target_paces_dirty (target_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      CREATE TRIGGER target_paces_after_target_insert AFTER INSERT ON targets BEGIN
        ${noteTarget('NEW.id')}
      END;

      CREATE TRIGGER target_paces_after_target_update AFTER UPDATE OF plan_id, dimension_id ON targets
      WHEN OLD.plan_id IS NOT NEW.plan_id OR OLD.dimension_id IS NOT NEW.dimension_id
      BEGIN
        ${noteTarget('NEW.id')}
      END;

      CREATE TRIGGER target_paces_after_plan_update AFTER UPDATE OF team_id, model_id, start_date ON plans
      WHEN OLD.team_id IS NOT NEW.team_id OR OLD.model_id IS NOT NEW.model_id
        OR OLD.start_date IS NOT NEW.start_date
      BEGIN
        INSERT INTO target_paces_dirty (target_id) SELECT id FROM targets WHERE plan_id = NEW.id
        ON CONFLICT DO NOTHING;
      END;

      CREATE TRIGGER target_paces_after_step_insert AFTER INSERT ON steps BEGIN
        ${noteTarget('NEW.target_id')}
      END;

      CREATE TRIGGER target_paces_after_step_delete AFTER DELETE ON steps BEGIN
        ${noteTarget('OLD.target_id')}
      END;

      CREATE TRIGGER target_paces_after_step_update AFTER UPDATE OF target_id, status, done_date ON steps
      WHEN OLD.target_id IS NOT NEW.target_id OR OLD.status IS NOT NEW.status
        OR OLD.done_date IS NOT NEW.done_date
      BEGIN
        ${noteTarget('OLD.target_id')}
        ${noteTarget('NEW.target_id')}
      END;

      INSERT INTO target_paces_dirty (target_id) SELECT id FROM targets;
    `);
  },
};

/**
 * The baselines of the portfolio's channels: what they read, by the simplest SQL over the same file.
 * They read the summaries the channels read: of levels (migration 4: `level_days`, `level_spans`, keyed
 * by the numbers of migration 15) and of target paces (migration 6); the pace of every target of a running
 * plan is read, where the watch list reads only those not reached yet.
 */
import type { Db } from '../src/main/db/connection';
import type { BenchIds } from './baselines';

const rowsOfActiveTeams = (db: Db, day: string) => [
  db.prepare('SELECT * FROM teams WHERE archived = 0').all(),
  db.prepare('SELECT p.* FROM plans p JOIN teams t ON t.id = p.team_id WHERE t.archived = 0').all(),
  db
    .prepare(
      `SELECT g.* FROM targets g JOIN plans p ON p.id = g.plan_id JOIN teams t ON t.id = p.team_id
       WHERE t.archived = 0`,
    )
    .all(),
  db.prepare('SELECT plan_id, max(date) FROM reviews WHERE date <= ? GROUP BY plan_id').all(day),
];

/** The level of every dimension of every team on a day. */
const levelsOn = (db: Db, day: string) =>
  db
    .prepare(
      `SELECT p.team_id, d.dimension_id, s.level FROM level_spans s
       JOIN level_pairs p ON p.id = s.pair JOIN level_dimensions d ON d.id = s.dimension
       WHERE s.date <= @day AND (s.until IS NULL OR s.until > @day)`,
    )
    .all({ day });

export const portfolioBaselines: Record<string, (db: Db, ids: BenchIds) => unknown> = {
  'portfolio.get': (db, { today }) => [
    ...rowsOfActiveTeams(db, today),
    db.prepare('SELECT * FROM level_days WHERE date <= ?').all(today),
    levelsOn(db, today),
  ],
  'portfolio.watchList': (db, { today }) => [
    ...rowsOfActiveTeams(db, today),
    levelsOn(db, today),
    db
      .prepare(
        `SELECT s.* FROM plans p JOIN targets g ON g.plan_id = p.id JOIN target_paces s ON s.target_id = g.id
         WHERE p.status = 'active' AND p.start_date <= ?`,
      )
      .all(today),
    db
      .prepare(
        `SELECT plan_id, max(done_date) FROM steps WHERE status = 'done' AND done_date <= ? GROUP BY plan_id`,
      )
      .all(today),
  ],
  'portfolio.compare': (db, { since, today }) => [
    ...rowsOfActiveTeams(db, today),
    db.prepare('SELECT team_id, model_id, min(date) FROM level_days GROUP BY team_id, model_id').all(),
    db
      .prepare(
        `SELECT p.team_id, d.dimension_id, t.level, f.level FROM level_spans t
         JOIN level_pairs p ON p.id = t.pair JOIN level_dimensions d ON d.id = t.dimension
         LEFT JOIN level_spans f ON f.pair = t.pair AND f.dimension = t.dimension
           AND f.date <= @since AND f.until > @since
         WHERE t.date > @since AND t.date <= @today AND (t.until IS NULL OR t.until > @today)`,
      )
      .all({ since, today }),
    db
      .prepare(
        `SELECT plan_id, count(*) FROM steps WHERE status = 'done' AND done_date > ? AND done_date <= ?
         GROUP BY plan_id`,
      )
      .all(since, today),
  ],
};

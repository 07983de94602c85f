/**
 * The baselines of the portfolio's channels: what they read, by the simplest SQL over the same file.
 * Both read the summary of levels of migration 4 (`level_days`, `level_spans`, `level_points`), as the
 * channels do; the pace of every target of a running plan is read, where the channel reads only those
 * not reached yet.
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

export const portfolioBaselines: Record<string, (db: Db, ids: BenchIds) => unknown> = {
  'portfolio.get': (db, { today }) => [
    ...rowsOfActiveTeams(db, today),
    db.prepare('SELECT * FROM level_days WHERE date <= ?').all(today),
    db
      .prepare(
        `SELECT team_id, dimension_id, level FROM level_spans
         WHERE date <= @today AND (until IS NULL OR until > @today)`,
      )
      .all({ today }),
    db
      .prepare(
        `SELECT g.id, l.date, l.level,
           (SELECT b.date || ':' || b.level FROM level_points b
            WHERE b.team_id = p.team_id AND b.model_id = p.model_id AND b.dimension_id = g.dimension_id
              AND b.date < p.start_date ORDER BY b.date DESC LIMIT 1)
         FROM plans p JOIN targets g ON g.plan_id = p.id
         JOIN level_points l ON l.team_id = p.team_id AND l.model_id = p.model_id
           AND l.dimension_id = g.dimension_id AND l.date >= p.start_date AND l.date <= @today
         WHERE p.status = 'active' AND p.start_date <= @today`,
      )
      .all({ today }),
    db
      .prepare(
        `SELECT target_id, status, count(*), max(done_date) FROM steps
         WHERE target_id IS NOT NULL AND (status <> 'done' OR done_date <= ?) GROUP BY target_id, status`,
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
        `SELECT t.team_id, t.dimension_id, t.level, f.level FROM level_spans t
         LEFT JOIN level_spans f ON f.team_id = t.team_id AND f.model_id = t.model_id
           AND f.dimension_id = t.dimension_id AND f.date <= @since AND f.until > @since
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

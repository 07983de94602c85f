/**
 * What SQLite itself costs: for each read channel of a screen, the same rows fetched by the simplest
 * hand-written SQL over the same file, with no mapping, validation or envelope. A channel's time divided
 * by its baseline's is the overhead of the app's layers.
 */
import type { Db } from '../src/main/db/connection';

export interface BenchIds {
  teamId: string;
  planId: string;
  modelId: string;
  surveyId: string;
  today: string;
  /** The start of the portfolio's "what changed" period. */
  since: string;
}

export const baselines: Record<string, (db: Db, ids: BenchIds) => unknown> = {
  'team.list': (db) =>
    db
      .prepare(
        `SELECT t.*, (SELECT count(*) FROM plans p WHERE p.team_id = t.id),
           (SELECT count(*) FROM plans p WHERE p.team_id = t.id AND p.status = 'active')
         FROM teams t WHERE t.archived = 0`,
      )
      .all(),
  'plan.list': (db) =>
    db
      .prepare(
        `SELECT p.*, t.name, t.client, m.name, m.name_fr,
           (SELECT count(*) FROM targets g WHERE g.plan_id = p.id),
           (SELECT count(*) FROM steps s WHERE s.plan_id = p.id AND s.status <> 'dropped'),
           (SELECT count(*) FROM steps s WHERE s.plan_id = p.id AND s.status = 'done')
         FROM plans p JOIN teams t ON t.id = p.team_id JOIN models m ON m.id = p.model_id`,
      )
      .all(),
  'plan.get': (db, { planId, teamId, modelId, today }) => [
    db.prepare('SELECT * FROM plans WHERE id = ?').get(planId),
    db.prepare('SELECT * FROM targets WHERE plan_id = ?').all(planId),
    db.prepare('SELECT * FROM steps WHERE plan_id = ?').all(planId),
    db.prepare('SELECT * FROM reviews WHERE plan_id = ?').all(planId),
    db
      .prepare(
        `SELECT s.dimension_id, s.level, max(a.date) FROM assessments a
         JOIN assessment_scores s ON s.assessment_id = a.id
         WHERE a.team_id = ? AND a.model_id = ? AND a.date <= ? GROUP BY s.dimension_id`,
      )
      .all(teamId, modelId, today),
  ],
  'home.attention': (db, { today }) => [
    db
      .prepare(
        `SELECT p.*, (SELECT max(r.date) FROM reviews r WHERE r.plan_id = p.id) FROM plans p
         JOIN teams t ON t.id = p.team_id WHERE p.status = 'active' AND t.archived = 0`,
      )
      .all(),
    db.prepare(`SELECT plan_id, done_date, effort_days FROM steps WHERE status = 'done'`).all(),
    db
      .prepare(
        `SELECT s.* FROM steps s JOIN plans p ON p.id = s.plan_id
         WHERE s.status IN ('todo', 'doing') AND s.due_date < ? AND p.status = 'active'
         ORDER BY s.due_date LIMIT 50`,
      )
      .all(today),
  ],
  'assessment.list': (db, { teamId }) =>
    db
      .prepare(
        `SELECT a.*, s.* FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
         WHERE a.team_id = ? ORDER BY a.date DESC`,
      )
      .all(teamId),
  'survey.get': (db, { surveyId }) => [
    db.prepare('SELECT * FROM surveys WHERE id = ?').get(surveyId),
    db.prepare('SELECT * FROM survey_dimensions WHERE survey_id = ?').all(surveyId),
    db.prepare('SELECT * FROM survey_items WHERE survey_id = ?').all(surveyId),
    db.prepare('SELECT * FROM survey_responses WHERE survey_id = ?').all(surveyId),
  ],
};

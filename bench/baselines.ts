/**
 * What SQLite itself costs: for each read channel of a screen, the same rows fetched by the simplest
 * hand-written SQL over the same file, with no mapping, validation or envelope. A channel's time divided
 * by its baseline's is the overhead of the app's layers.
 */
import type { Db } from '../src/main/db/connection';
import { portfolioBaselines } from './portfolioBaselines';

export interface BenchIds {
  teamId: string;
  planId: string;
  modelId: string;
  surveyId: string;
  today: string;
  /** The start of the portfolio's "what changed" period. */
  since: string;
}

/** A model with its levels, axes and dimensions. */
const modelContent = (db: Db, modelId: string) => [
  db.prepare('SELECT * FROM models WHERE id = ?').get(modelId),
  db.prepare('SELECT * FROM model_levels WHERE model_id = ?').all(modelId),
  db.prepare('SELECT * FROM model_axes WHERE model_id = ?').all(modelId),
  db.prepare('SELECT * FROM dimensions WHERE model_id = ?').all(modelId),
];

/** A plan's targets, steps and reviews. */
const planContent = (db: Db, planId: string) => [
  db.prepare('SELECT * FROM targets WHERE plan_id = ?').all(planId),
  db.prepare('SELECT * FROM steps WHERE plan_id = ?').all(planId),
  db.prepare('SELECT * FROM reviews WHERE plan_id = ?').all(planId),
];

/** Every survey campaign of a team, with its dimensions, items and responses. */
const surveysOfTeam = (db: Db, teamId: string) => [
  db.prepare('SELECT * FROM surveys WHERE team_id = ?').all(teamId),
  db
    .prepare('SELECT d.* FROM surveys s JOIN survey_dimensions d ON d.survey_id = s.id WHERE s.team_id = ?')
    .all(teamId),
  db
    .prepare('SELECT i.* FROM surveys s JOIN survey_items i ON i.survey_id = s.id WHERE s.team_id = ?')
    .all(teamId),
  db
    .prepare('SELECT r.* FROM surveys s JOIN survey_responses r ON r.survey_id = s.id WHERE s.team_id = ?')
    .all(teamId),
];

/** The latest batch of changes to undo or to redo, with its changes. */
const latestBatch = (db: Db, which: string) =>
  db
    .prepare(
      `SELECT b.*, h.* FROM change_batches b
       LEFT JOIN change_batches n ON n.seq = b.seq + 1
       LEFT JOIN change_history h ON h.seq >= b.first_seq AND h.seq < coalesce(n.first_seq, 9223372036854775807)
       WHERE b.id = (${which})`,
    )
    .all();

export const baselines: Record<string, (db: Db, ids: BenchIds) => unknown> = {
  ...portfolioBaselines,
  'app.status': (db) =>
    db
      .prepare(
        `SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM teams),
           (SELECT count(*) FROM plans), (SELECT count(*) FROM models)`,
      )
      .get(),
  'settings.get': (db) => db.prepare('SELECT key, value FROM settings').all(),
  'history.undoState': (db) => [
    latestBatch(
      db,
      `SELECT id FROM change_batches WHERE kind = 'action' AND undone = 0 ORDER BY seq DESC LIMIT 1`,
    ),
    latestBatch(
      db,
      `SELECT id FROM change_batches WHERE kind = 'action' AND undone = 1 AND redoable = 1
       ORDER BY undone_seq DESC LIMIT 1`,
    ),
  ],
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
    ...planContent(db, planId),
    db
      .prepare(
        `SELECT s.dimension_id, s.level, max(a.date) FROM assessments a
         JOIN assessment_scores s ON s.assessment_id = a.id
         WHERE a.team_id = ? AND a.model_id = ? AND a.date <= ? GROUP BY s.dimension_id`,
      )
      .all(teamId, modelId, today),
  ],
  'model.get': (db, { modelId }) => modelContent(db, modelId),
  'review.listWithSteps': (db, { planId }) => [
    db.prepare('SELECT id FROM plans WHERE id = ?').get(planId),
    db.prepare('SELECT * FROM reviews WHERE plan_id = ?').all(planId),
    db
      .prepare('SELECT rs.* FROM reviews r JOIN review_steps rs ON rs.review_id = r.id WHERE r.plan_id = ?')
      .all(planId),
  ],
  'history.list': (db, { planId }) =>
    db.prepare('SELECT * FROM change_history WHERE plan_id = ? ORDER BY seq DESC LIMIT 50').all(planId),
  'dashboard.team': (db, { teamId, planId, modelId, today }) => [
    db.prepare('SELECT * FROM teams WHERE id = ?').get(teamId),
    db.prepare('SELECT * FROM plans WHERE team_id = ?').all(teamId),
    ...modelContent(db, modelId),
    ...planContent(db, planId),
    db
      .prepare(
        `SELECT a.date, a.created_at, s.dimension_id, s.level FROM assessments a
         JOIN assessment_scores s ON s.assessment_id = a.id
         WHERE a.team_id = ? AND a.model_id = ? AND a.date <= ?`,
      )
      .all(teamId, modelId, today),
    ...surveysOfTeam(db, teamId),
  ],
  'survey.page': (db, { teamId }) => [
    db.prepare('SELECT * FROM teams WHERE id = ?').get(teamId),
    ...surveysOfTeam(db, teamId),
  ],
  'assessment.overview': (db, { teamId, modelId }) => [
    db.prepare('SELECT * FROM teams WHERE id = ?').get(teamId),
    db
      .prepare(
        `SELECT DISTINCT m.id, m.name, m.name_fr FROM models m
         WHERE m.id IN (SELECT model_id FROM plans WHERE team_id = ?)
            OR m.id IN (SELECT model_id FROM assessments WHERE team_id = ?)`,
      )
      .all(teamId, teamId),
    ...modelContent(db, modelId),
    db
      .prepare(
        `SELECT a.*, s.* FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
         WHERE a.team_id = ? AND a.model_id = ?`,
      )
      .all(teamId, modelId),
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
};

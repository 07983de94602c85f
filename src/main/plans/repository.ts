import type { CurrentLevel, PlanDetail, PlanStatus, PlanSummary } from '@shared/domain/plans';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable, targetsTable } from './tables';

export function listPlans(db: Db, query: { teamId?: string; statuses?: PlanStatus[] }): PlanSummary[] {
  const rows = prepared(
    db,
    `SELECT p.*, t.name AS team_name, t.client AS client, m.name AS model_name, m.name_fr AS model_name_fr,
         (SELECT count(*) FROM targets g WHERE g.plan_id = p.id) AS target_count,
         (SELECT count(*) FROM steps s WHERE s.plan_id = p.id AND s.status <> 'dropped') AS step_count,
         (SELECT count(*) FROM steps s WHERE s.plan_id = p.id AND s.status = 'done') AS done_step_count
       FROM plans p
       JOIN teams t ON t.id = p.team_id
       JOIN models m ON m.id = p.model_id
       WHERE (@teamId IS NULL OR p.team_id = @teamId)
         AND (@statuses IS NULL OR p.status IN (SELECT value FROM json_each(@statuses)))
       ORDER BY t.name COLLATE NOCASE, p.start_date DESC, p.title COLLATE NOCASE`,
  ).all({
    teamId: query.teamId ?? null,
    statuses: query.statuses ? JSON.stringify(query.statuses) : null,
  }) as Record<string, unknown>[];
  return rows.map((raw) => ({
    ...plansTable.fromDb(raw),
    teamName: raw.team_name as string,
    client: raw.client as string,
    modelName: raw.model_name as string,
    modelNameFr: raw.model_name_fr as string,
    targetCount: raw.target_count as number,
    stepCount: raw.step_count as number,
    doneStepCount: raw.done_step_count as number,
  }));
}

export const listTargets = (db: Db, planId: string) =>
  (
    prepared(db, 'SELECT * FROM targets WHERE plan_id = ? ORDER BY target_date, id').all(planId) as Record<
      string,
      unknown
    >[]
  ).map(targetsTable.fromDb);

export const listSteps = (db: Db, planId: string) =>
  (
    prepared(db, 'SELECT * FROM steps WHERE plan_id = ? ORDER BY status, position').all(planId) as Record<
      string,
      unknown
    >[]
  ).map(stepsTable.fromDb);

export const listReviews = (db: Db, planId: string) =>
  (
    prepared(db, 'SELECT * FROM reviews WHERE plan_id = ? ORDER BY date DESC, created_at DESC').all(
      planId,
    ) as Record<string, unknown>[]
  ).map(reviewsTable.fromDb);

const reviewLinksOf = {
  review: 'SELECT * FROM review_steps WHERE review_id = ? ORDER BY created_at, rowid',
  plan: `SELECT rs.* FROM reviews r JOIN review_steps rs ON rs.review_id = r.id
         WHERE r.plan_id = ? ORDER BY rs.created_at, rs.rowid`,
};

/** The steps linked to one review, or to any review of a plan, in the order they were linked. */
export const listReviewLinks = (db: Db, of: 'review' | 'plan', id: string) =>
  (prepared(db, reviewLinksOf[of]).all(id) as Record<string, unknown>[]).map(reviewStepsTable.fromDb);

/**
 * The level of a team on each dimension it was rated on: its latest score on or before `day`, the later
 * of two same-day assessments. SQLite takes the other columns of a group from the row of its max(), so
 * one grouping finds it: half the time of numbering every score with a window function.
 */
export function currentLevels(db: Db, teamId: string, modelId: string, day: string): CurrentLevel[] {
  return (
    prepared(
      db,
      `SELECT s.dimension_id AS dimensionId, s.level, a.date, max(a.date || a.created_at) AS latest
         FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
         WHERE a.team_id = ? AND a.model_id = ? AND a.date <= ?
         GROUP BY s.dimension_id`,
    ).all(teamId, modelId, day) as (CurrentLevel & { latest: string })[]
  ).map(({ dimensionId, level, date }) => ({ dimensionId, level, date }));
}

export function getPlanDetail(db: Db, id: string, today: string): PlanDetail {
  const plan = plansTable.get(db, id);
  return {
    ...plan,
    targets: listTargets(db, id),
    steps: listSteps(db, id),
    reviews: listReviews(db, id),
    currentLevels: currentLevels(db, plan.teamId, plan.modelId, today),
  };
}

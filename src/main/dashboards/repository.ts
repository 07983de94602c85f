import type { Plan, Step, Target } from '@shared/domain/plans';
import type { Team } from '@shared/domain/teams';
import type { Db } from '../db/connection';
import { plansTable, stepsTable, targetsTable } from '../plans/tables';
import { teamsTable } from '../teams/tables';

/**
 * The rows behind the dashboards, read one table at a time for every team at once: a screen costs the
 * same few queries whether the portfolio holds four teams or forty.
 */

/** A level assessed on a day, with the team and model it was assessed for. */
export interface ScoreRow {
  teamId: string;
  modelId: string;
  date: string;
  dimensionId: string;
  level: number;
}

type Raw = Record<string, unknown>;

const scoreColumns = `a.team_id AS teamId, a.model_id AS modelId, a.date, s.dimension_id AS dimensionId, s.level`;

/** A team's levels on a model up to a day, oldest first; the later of two same-day assessments last. */
export const teamScores = (db: Db, teamId: string, modelId: string, day: string): ScoreRow[] =>
  db
    .prepare(
      `SELECT ${scoreColumns}
       FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
       WHERE a.team_id = ? AND a.model_id = ? AND a.date <= ?
       ORDER BY a.date, a.created_at`,
    )
    .all(teamId, modelId, day) as ScoreRow[];

export const teamPlans = (db: Db, teamId: string): Plan[] =>
  (
    db.prepare('SELECT * FROM plans WHERE team_id = ? ORDER BY start_date DESC, title').all(teamId) as Raw[]
  ).map(plansTable.fromDb);

/** Everything the portfolio weighs: the teams not archived, and their plans, targets, steps and levels. */
export interface PortfolioRows {
  teams: Team[];
  plans: Plan[];
  targets: Target[];
  steps: Step[];
  /** The latest review of each plan held on or before the day. */
  lastReviews: { planId: string; date: string }[];
  scores: ScoreRow[];
}

export function portfolioRows(db: Db, day: string): PortfolioRows {
  const all = (sql: string) => db.prepare(sql).all({ day }) as Raw[];
  const ofActiveTeams = `FROM teams t JOIN plans p ON p.team_id = t.id`;
  return {
    teams: all('SELECT * FROM teams WHERE archived = 0 ORDER BY name COLLATE NOCASE').map(teamsTable.fromDb),
    plans: all(`SELECT p.* ${ofActiveTeams} WHERE t.archived = 0 ORDER BY p.start_date DESC`).map(
      plansTable.fromDb,
    ),
    targets: all(
      `SELECT g.* ${ofActiveTeams} JOIN targets g ON g.plan_id = p.id
       WHERE t.archived = 0 ORDER BY g.target_date, g.id`,
    ).map(targetsTable.fromDb),
    steps: all(`SELECT s.* ${ofActiveTeams} JOIN steps s ON s.plan_id = p.id WHERE t.archived = 0`).map(
      stepsTable.fromDb,
    ),
    lastReviews: all(
      `SELECT r.plan_id AS planId, max(r.date) AS date ${ofActiveTeams} JOIN reviews r ON r.plan_id = p.id
       WHERE t.archived = 0 AND r.date <= @day GROUP BY r.plan_id`,
    ) as unknown as PortfolioRows['lastReviews'], // the columns are named as the fields
    scores: all(
      `SELECT ${scoreColumns}
       FROM teams t JOIN assessments a ON a.team_id = t.id JOIN assessment_scores s ON s.assessment_id = a.id
       WHERE t.archived = 0 AND a.date <= @day
       ORDER BY a.date, a.created_at`,
    ) as unknown as ScoreRow[], // the columns are named as the fields
  };
}

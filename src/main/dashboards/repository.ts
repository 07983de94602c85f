import { compareText } from '@shared/calc/order';
import { toHundredth } from '@shared/calc/portfolio';
import type { ScorePoint } from '@shared/calc/trends';
import type { PortfolioRow } from '@shared/domain/dashboards';
import type { Plan, Step, Target } from '@shared/domain/plans';
import { levelSums, type LevelSums, type StepCounts } from '@shared/calc/forecast';
import { epochDay } from '@shared/dates';
import type { DatedLevel } from '@shared/calc/progress';
import type { Team } from '@shared/domain/teams';
import type { Db } from '../db/connection';
import { latestFirst, scoresOfDimension } from '../db/levelSummary';
import { prepared } from '../db/statements';
import { plansTable } from '../plans/tables';
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

/**
 * A team's levels on a model up to a day, oldest first; the later of two same-day assessments last.
 * Without the team and model, the same on every row: thousands of strings fewer to make.
 */
export const teamScores = (db: Db, teamId: string, modelId: string, day: string): ScorePoint[] =>
  prepared(
    db,
    `SELECT a.date, s.dimension_id AS dimensionId, s.level
     FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
     WHERE a.team_id = ? AND a.model_id = ? AND a.date <= ?
     ORDER BY a.date, a.created_at`,
  ).all(teamId, modelId, day) as ScorePoint[];

/** What a plan's dashboard counts of each step: no texts, stamps of change nor order. */
export type DashboardStep = Pick<
  Step,
  'targetId' | 'status' | 'effortDays' | 'cost' | 'startDate' | 'doneDate' | 'createdAt'
>;

/**
 * A plan's steps as its dashboard counts them: a plan of 20,000 steps read in 37 ms rather than 61 to
 * 71 whole and in order, which its plan page needs and its dashboard does not.
 */
export const dashboardSteps = (db: Db, planId: string): DashboardStep[] =>
  prepared(
    db,
    `SELECT target_id AS targetId, status, effort_days AS effortDays, cost, start_date AS startDate,
       done_date AS doneDate, created_at AS createdAt
     FROM steps WHERE plan_id = ?`,
  ).all(planId) as DashboardStep[];

export const teamPlans = (db: Db, teamId: string): Plan[] =>
  (
    prepared(db, 'SELECT * FROM plans WHERE team_id = ? ORDER BY start_date DESC, title').all(teamId) as Raw[]
  ).map(plansTable.fromDb);

/** What the portfolio weighs of a target: no rationale nor stamps, read for every target of every team. */
export type PortfolioTarget = Pick<
  Target,
  'id' | 'planId' | 'dimensionId' | 'baselineLevel' | 'targetLevel' | 'targetDate'
>;

/** What the portfolio weighs besides levels: the teams not archived, and their plans and targets. */
export interface PortfolioRows {
  teams: Team[];
  plans: Plan[];
  targets: PortfolioTarget[];
  /** The latest review of each plan held on or before the day. */
  lastReviews: { planId: string; date: string }[];
}

/** A team assessed on a model. */
export interface Assessed {
  teamId: string;
  modelId: string;
}

const ofActiveTeams = `FROM teams t JOIN plans p ON p.team_id = t.id`;

const activeTeams = (db: Db): Team[] =>
  (prepared(db, 'SELECT * FROM teams WHERE archived = 0 ORDER BY name COLLATE NOCASE').all() as Raw[]).map(
    teamsTable.fromDb,
  );

/** By day due, then id: sorted here, where SQLite's sorter, copying each row whole, took half the time. */
const byDueDate = (a: PortfolioTarget, b: PortfolioTarget) =>
  compareText(a.targetDate, b.targetDate) || compareText(a.id, b.id);

export function portfolioRows(db: Db, day: string): PortfolioRows {
  const all = (sql: string) => prepared(db, sql).all({ day }) as Raw[];
  return {
    teams: activeTeams(db),
    plans: all(`SELECT p.* ${ofActiveTeams} WHERE t.archived = 0 ORDER BY p.start_date DESC`).map(
      plansTable.fromDb,
    ),
    targets: (
      all(
        `SELECT g.id, g.plan_id AS planId, g.dimension_id AS dimensionId, g.baseline_level AS baselineLevel,
           g.target_level AS targetLevel, g.target_date AS targetDate
         ${ofActiveTeams} JOIN targets g ON g.plan_id = p.id
         WHERE t.archived = 0`,
      ) as unknown as PortfolioTarget[]
    ) // the columns are named as the fields
      .sort(byDueDate),
    // One seek into the index of each plan's reviews by day, rather than every review grouped by plan.
    lastReviews: all(
      `SELECT planId, date FROM (
         SELECT p.id AS planId,
           (SELECT max(r.date) FROM reviews r WHERE r.plan_id = p.id AND r.date <= @day) AS date
         ${ofActiveTeams} WHERE t.archived = 0)
       WHERE date IS NOT NULL`,
    ) as unknown as PortfolioRows['lastReviews'], // the columns are named as the fields
  };
}

/**
 * Each team not archived and each model it was assessed on by a day: one look into the days of each
 * team and model (assessments refer to both), rather than every day read to find the first.
 */
export const assessedBy = (db: Db, day: string): Assessed[] =>
  prepared(
    db,
    `SELECT t.id AS teamId, m.id AS modelId FROM teams t, models m
       WHERE t.archived = 0
         AND EXISTS (SELECT 1 FROM level_days d WHERE d.team_id = t.id AND d.model_id = m.id AND d.date <= ?)
       ORDER BY t.id, m.id`,
  ).all(day) as Assessed[];

/**
 * The spans of some teams and models (`pairs`, with `team_id` and `model_id`) that hold on a day (`day`,
 * a parameter), and, given `since` (a parameter), started after it: the team, model, dimension and level
 * of each, then the numbers that key it (migration 15). Each team and model is one seek into the spans by
 * their end, which reads the level there too.
 */
const spansHolding = (pairs: string, day: string, since?: string) => {
  const after = since === undefined ? '' : `AND s.date > ${since}`;
  const of = (ending: string) => `
    SELECT p.team_id, p.model_id, k.dimension_id, s.level, s.pair, s.dimension FROM (${pairs}) p
    CROSS JOIN level_pairs n ON n.team_id = p.team_id AND n.model_id = p.model_id
    CROSS JOIN level_spans s ON s.pair = n.id AND ${ending} AND s.date <= ${day} ${after}
    CROSS JOIN level_dimensions k ON k.id = s.dimension`;
  return `${of('s.until IS NULL')} UNION ALL ${of(`s.until > ${day}`)}`;
};

/** Every team and model assessed: `level_trends` holds a row for each. */
const everyPair = 'SELECT team_id, model_id FROM level_trends';

/**
 * The level of each dimension of each team on a day, by dimension: its levels now (migration 10), one
 * JSON object a team and model; for a team with levels set after the day (an assessment dated ahead),
 * those of the spans holding on the day.
 */
export function levelsOn(db: Db, day: string): Map<string, Record<string, number>> {
  const levels = new Map<string, Record<string, number>>();
  const rows = [
    ...(prepared(db, 'SELECT team_id, levels FROM level_now WHERE date <= ?', 'raw').all(day) as [
      string,
      string,
    ][]),
    ...(prepared(
      db,
      `SELECT team_id, json_group_object(dimension_id, level ORDER BY dimension_id) FROM (
         ${spansHolding('SELECT team_id, model_id FROM level_now WHERE date > @day', '@day')}
       ) GROUP BY team_id, model_id`,
      'raw',
    ).all({ day }) as [string, string][]),
  ];
  for (const [teamId, text] of rows) {
    const parsed = JSON.parse(text) as Record<string, number>;
    const held = levels.get(teamId); // a team rated on several models has a row for each
    levels.set(teamId, held ? Object.assign(held, parsed) : parsed);
  }
  return levels;
}

/** A day a team was assessed on a model: the scores that day, the sum and count of the levels held. */
export type AssessedDay = [date: string, scores: number, levelSum: number, rated: number];

/**
 * Every day each team was assessed on each model up to a day, oldest first (the order of the primary
 * key, which the query reads), as one JSON array a team and model.
 */
export const assessedDays = (db: Db, day: string): (Assessed & { days: AssessedDay[] })[] =>
  (
    prepared(
      db,
      `SELECT team_id, model_id, json_group_array(json_array(date, scores, level_sum, rated))
         FROM level_days WHERE date <= ? GROUP BY team_id, model_id`,
      'raw',
    ).all(day) as [string, string, string][]
  ).map(([teamId, modelId, days]) => ({ teamId, modelId, days: JSON.parse(days) as AssessedDay[] }));

/**
 * A team's trend line on a model as the portfolio sends it: each day it was assessed, and the mean level
 * held that day, to the hundredth.
 */
export type TrendLine = Assessed & { trend: PortfolioRow['trend'] };

/**
 * The trend lines of every team on every model up to a day, when every dimension counts (none is
 * retired), from the summary's (migration 8): the days, the sums and the counts as three lists a team and
 * model, oldest first, cut after the day; each day's mean divided here rather than printed by SQLite with
 * every digit and parsed back, which cost twice as much for the same doubles.
 */
export const trendLines = (db: Db, day: string): TrendLine[] => {
  const last = epochDay(day);
  return (
    prepared(db, 'SELECT team_id, model_id, days, sums, rated FROM level_trends', 'raw').all() as [
      string,
      string,
      string,
      string,
      string,
    ][]
  ).flatMap(([teamId, modelId, daysText, sums, counts]) => {
    // Numbered by SQLite as `epochDay` numbers them. Days after `day` (assessments dated ahead) are left out.
    const days = JSON.parse(daysText) as number[];
    const kept = days.findLastIndex((n) => n <= last) + 1;
    if (kept === 0) return [];
    const rated = JSON.parse(counts) as number[];
    const levels = (JSON.parse(sums) as number[]).slice(0, kept);
    const trend = {
      days: days.slice(0, kept),
      levels: levels.map((sum, i) => toHundredth(sum / (rated[i] as number))),
    };
    return [{ teamId, modelId, trend }];
  });
};

/** A level that changed between two days: null before when the dimension was first rated between them. */
export type LevelMove = [
  teamId: string,
  modelId: string,
  dimensionId: string,
  before: number | null,
  after: number,
];

/**
 * The dimensions whose level on `to` was set after `from`, with their level on `from`: the only ones
 * whose level can differ between the two days.
 */
export const levelMoves = (db: Db, from: string, to: string): LevelMove[] =>
  prepared(
    db,
    `SELECT t.team_id, t.model_id, t.dimension_id,
         (SELECT f.level FROM level_spans f
          WHERE f.pair = t.pair AND f.dimension = t.dimension AND f.date <= @from ORDER BY f.date DESC LIMIT 1),
         t.level
       FROM (${spansHolding(everyPair, '@to', '@from')}) t`,
    'raw',
  ).all({ from, to }) as LevelMove[];

/** The scores of some dimensions (the retired ones) up to a day, in the order of `teamScores`. */
export const scoresOfDimensions = (db: Db, dimensionIds: readonly string[], day: string): ScoreRow[] =>
  dimensionIds.length === 0
    ? []
    : (prepared(
        db,
        `SELECT ${scoreColumns}
           FROM assessment_scores s JOIN assessments a ON a.id = s.assessment_id
           WHERE s.dimension_id IN (SELECT value FROM json_each(?)) AND a.date <= ?
           ORDER BY a.date, a.created_at, a.id`,
      ).all(JSON.stringify(dimensionIds), day) as ScoreRow[]);

/** A point of a pace as `targetPaces` reads it: the day (10 characters) and the level right after it. */
const pacePoint = (text: string): DatedLevel => ({ date: text.slice(0, 10), level: Number(text.slice(10)) });

/**
 * The levels of each target's dimension that tell its pace since its plan started (and the latest one
 * before), up to a day, oldest first: read through the assessments of its team and model by day, each
 * as its day and level written together (cheaper to make and read than JSON objects).
 */
export const targetPaces = (db: Db, targetIds: readonly string[], day: string): Map<string, DatedLevel[]> =>
  new Map(
    prepared(
      db,
      `SELECT t.id,
           (SELECT a.date || s.level FROM ${scoresOfDimension('t', 'a.date < t.start_date AND a.date <= @day')}
            ${latestFirst} LIMIT 1),
           (SELECT group_concat(a.date || s.level, ',' ORDER BY a.date, a.created_at, a.id)
            FROM ${scoresOfDimension('t', 'a.date >= t.start_date AND a.date <= @day')})
         FROM (SELECT g.id, p.team_id, p.model_id, g.dimension_id, p.start_date
               FROM json_each(@ids) j JOIN targets g ON g.id = j.value JOIN plans p ON p.id = g.plan_id) t`,
      'raw',
    )
      .all({ ids: JSON.stringify(targetIds), day })
      .map((row) => {
        const [id, before, since] = row as [string, string | null, string | null];
        const pace = since === null ? [] : since.split(',').map(pacePoint);
        if (before !== null) pace.unshift(pacePoint(before));
        return [id, pace] as const;
      }),
  );

/**
 * Where a target stands and what tells its pace: the level of its dimension on the day (null before its
 * first assessment), its levels since its plan started added up, and its steps counted.
 */
export interface TargetPace {
  current: number | null;
  sums: LevelSums | null;
  steps: StepCounts;
}

const noSteps: StepCounts = { done: 0, open: 0, lastDone: null };

/** A row of `target_paces`: all null when its target has none. */
type PaceRow = [
  points: number | null,
  origin: string | null,
  lastDate: string | null,
  sumX: number,
  sumY: number,
  sumXX: number,
  sumXY: number,
  done: number,
  open: number,
  lastDone: string | null,
  lastLevel: number | null,
];

/** A target of a running plan as the watch list reads it: the fields it weighs, then its row of paces. */
type RunningTargetRow = [
  id: string,
  planId: string,
  dimensionId: string,
  baselineLevel: number,
  targetLevel: number,
  targetDate: string,
  ...pace: PaceRow,
];

/** What the watch list weighs: the rows of the running plans, where their targets stand, their last steps. */
export interface WatchListRows extends PortfolioRows {
  /** Where each of the targets stands and its pace, by target id: one for every target. */
  paces: Map<string, TargetPace>;
  /** The last step each plan had done by the day, for the plans that have one. */
  lastDone: Map<string, string>;
}

/** The active plans of teams not archived that started by a day (`@day`): those the watch list weighs. */
const runningPlans = (joins = '') =>
  `${ofActiveTeams} ${joins} WHERE t.archived = 0 AND p.status = 'active' AND p.start_date <= @day`;

/**
 * The teams not archived, and of their plans those running on a day, with their latest review and step
 * done by it; the targets of those plans, each with its row of the summary of target paces (migrations 6
 * and 7) joined, which tells where it stands and its pace: one row a target, where its assessments and
 * steps would be hundreds, read with it rather than looked up again by id. The summary counts every day:
 * a target with an assessment after the day (dated ahead) has its levels read from the assessments
 * instead, one with a step done after it its steps counted again.
 */
export function watchListRows(db: Db, day: string): WatchListRows {
  const plans = prepared(
    db,
    `SELECT p.*,
       (SELECT max(r.date) FROM reviews r WHERE r.plan_id = p.id AND r.date <= @day) AS last_review,
       (SELECT max(s.done_date) FROM steps s
        WHERE s.plan_id = p.id AND s.status = 'done' AND s.done_date <= @day) AS last_done
     ${runningPlans()} ORDER BY p.start_date DESC`,
  ).all({ day }) as Raw[];
  const rows = prepared(
    db,
    `SELECT g.id, g.plan_id, g.dimension_id, g.baseline_level, g.target_level, g.target_date,
       s.points, s.origin, s.last_date, s.sum_x, s.sum_y, s.sum_xx, s.sum_xy, s.steps_done, s.steps_open,
       s.last_done, s.last_level
     ${runningPlans('JOIN targets g ON g.plan_id = p.id LEFT JOIN target_paces s ON s.target_id = g.id')}`,
    'raw',
  ).all({ day }) as RunningTargetRow[];
  const targets: PortfolioTarget[] = [];
  const paces = new Map<string, TargetPace>();
  const levelsAhead: string[] = [];
  const stepsAhead: string[] = [];
  // One pattern for the whole row: a rest element for the pace made an array of each, 0.8 MB a call at L.
  for (const [
    id,
    planId,
    dimensionId,
    baselineLevel,
    targetLevel,
    targetDate,
    count,
    origin,
    lastDate,
    sumX,
    sumY,
    sumXX,
    sumXY,
    done,
    open,
    lastDone,
    lastLevel,
  ] of rows) {
    targets.push({ id, planId, dimensionId, baselineLevel, targetLevel, targetDate });
    if (count === null || (lastDate !== null && lastDate > day)) levelsAhead.push(id);
    if (count === null || (lastDone !== null && lastDone > day)) stepsAhead.push(id);
    paces.set(id, {
      current: lastLevel,
      sums: count === null || origin === null ? null : { origin, count, sumX, sumY, sumXX, sumXY },
      steps: count === null ? noSteps : { done, open, lastDone },
    });
  }
  if (levelsAhead.length > 0) {
    const levels = targetPaces(db, levelsAhead, day);
    for (const id of levelsAhead) {
      const pace = levels.get(id) ?? [];
      Object.assign(paces.get(id) as TargetPace, {
        current: pace.at(-1)?.level ?? null,
        sums: levelSums(pace),
      });
    }
  }
  if (stepsAhead.length > 0) {
    const steps = targetSteps(db, stepsAhead, day);
    for (const id of stepsAhead) (paces.get(id) as TargetPace).steps = steps.get(id) ?? noSteps;
  }
  return {
    teams: activeTeams(db),
    plans: plans.map(plansTable.fromDb),
    targets: targets.sort(byDueDate),
    lastReviews: plans.flatMap((plan) =>
      plan.last_review === null ? [] : [{ planId: plan.id as string, date: plan.last_review as string }],
    ),
    paces,
    lastDone: new Map(
      plans.flatMap((plan) =>
        plan.last_done === null ? [] : [[plan.id as string, plan.last_done as string]],
      ),
    ),
  };
}

/** What the steps of each target tell of its pace by a day (targets without steps are left out). */
export const targetSteps = (db: Db, targetIds: readonly string[], day: string): Map<string, StepCounts> =>
  new Map(
    prepared(
      db,
      `SELECT target_id,
           count(CASE WHEN status = 'done' AND done_date <= @day THEN 1 END),
           count(CASE WHEN status IN ('idea', 'todo', 'doing') THEN 1 END),
           max(CASE WHEN status = 'done' AND done_date <= @day THEN done_date END)
         FROM steps WHERE target_id IN (SELECT value FROM json_each(@ids)) GROUP BY target_id`,
      'raw',
    )
      .all({ ids: JSON.stringify(targetIds), day })
      .map((row) => {
        const [id, done, open, lastDone] = row as [string, number, number, string | null];
        return [id, { done, open, lastDone }] as const;
      }),
  );

/** How many steps each plan had done after `from`, up to and including `to`. */
export const stepsDoneByPlan = (
  db: Db,
  planIds: readonly string[],
  from: string,
  to: string,
): Map<string, number> =>
  new Map(
    prepared(
      db,
      `SELECT p.value, (SELECT count(*) FROM steps s
                          WHERE s.plan_id = p.value AND s.status = 'done' AND s.done_date > @from AND s.done_date <= @to)
         FROM json_each(@ids) p`,
      'raw',
    ).all({ ids: JSON.stringify(planIds), from, to }) as [string, number][],
  );

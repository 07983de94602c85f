import { momentum } from '@shared/calc/momentum';
import { addDays } from '@shared/dates';
import type { Attention } from '@shared/domain/plans';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { stepsTable } from '../plans/tables';

/** Reviews due within this many days are listed before they are late. */
export const reviewHorizonDays = 7;
/** Home lists the most overdue steps first, up to this many, and counts them all. */
export const overdueListLimit = 50;

interface ActivePlan {
  id: string;
  title: string;
  teamName: string;
  teamColour: string;
  startDate: string;
  reviewCadenceDays: number | null;
  lastReview: string | null;
}

export const homeHandlers = defineHandlers({
  'home.attention': (_input, { db, today }): Attention => {
    const plans = db
      .prepare(
        `SELECT p.id, p.title, t.name AS teamName, t.colour AS teamColour, p.start_date AS startDate,
           p.review_cadence_days AS reviewCadenceDays,
           (SELECT max(r.date) FROM reviews r WHERE r.plan_id = p.id AND r.date <= @today) AS lastReview
         FROM plans p JOIN teams t ON t.id = p.team_id
         WHERE p.status = 'active' AND t.archived = 0 AND p.start_date <= @today
         ORDER BY t.name COLLATE NOCASE, p.title COLLATE NOCASE`,
      )
      .all({ today }) as ActivePlan[];

    const reviewsDue: Attention['reviewsDue'] = [];
    const stallingPlans: Attention['stallingPlans'] = [];
    const done = doneStepsByPlan(
      db,
      plans.map((p) => p.id),
    );
    for (const plan of plans) {
      const m = momentum({
        today,
        plan: { status: 'active', startDate: plan.startDate, reviewCadenceDays: plan.reviewCadenceDays },
        steps: done.get(plan.id) ?? [],
        reviewDates: plan.lastReview ? [plan.lastReview] : [],
      });
      const who = {
        planId: plan.id,
        planTitle: plan.title,
        teamName: plan.teamName,
        teamColour: plan.teamColour,
      };
      if (m.nextReviewDue !== null && m.nextReviewDue <= addDays(today, reviewHorizonDays)) {
        reviewsDue.push({ ...who, dueDate: m.nextReviewDue });
      }
      if (m.stalling) {
        stallingPlans.push({
          ...who,
          daysSinceLastDone: m.daysSinceLastDone,
          reviewOverdue: m.reviewOverdue,
        });
      }
    }

    const overdueSteps = (
      db
        .prepare(
          `SELECT s.*, p.title AS plan_title, t.name AS team_name, t.colour AS team_colour
           FROM steps s JOIN plans p ON p.id = s.plan_id JOIN teams t ON t.id = p.team_id
           WHERE s.status IN ('todo', 'doing') AND s.due_date < ?
             AND p.status = 'active' AND t.archived = 0
           ORDER BY s.due_date, t.name COLLATE NOCASE
           LIMIT ?`,
        )
        .all(today, overdueListLimit) as Record<string, unknown>[]
    ).map((raw) => ({
      ...stepsTable.fromDb(raw),
      planTitle: raw.plan_title as string,
      teamName: raw.team_name as string,
      teamColour: raw.team_colour as string,
    }));

    const overdueStepCount = db
      .prepare(
        `SELECT count(*) FROM steps s JOIN plans p ON p.id = s.plan_id JOIN teams t ON t.id = p.team_id
         WHERE s.status IN ('todo', 'doing') AND s.due_date < ? AND p.status = 'active' AND t.archived = 0`,
      )
      .pluck()
      .get(today) as number;
    return {
      reviewsDue: reviewsDue.sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
      overdueSteps,
      overdueStepCount,
      stallingPlans,
    };
  },
});

type DoneStep = { status: string; doneDate: string | null; effortDays: number | null };

/** The done steps of several plans in one query, by plan. */
function doneStepsByPlan(db: Db, planIds: string[]): Map<string, DoneStep[]> {
  const rows = db
    .prepare(
      `SELECT plan_id AS planId, status, done_date AS doneDate, effort_days AS effortDays FROM steps
       WHERE plan_id IN (SELECT value FROM json_each(?)) AND status = 'done'`,
    )
    .all(JSON.stringify(planIds)) as (DoneStep & { planId: string })[];
  const byPlan = new Map<string, DoneStep[]>();
  for (const { planId, ...step } of rows) byPlan.set(planId, [...(byPlan.get(planId) ?? []), step]);
  return byPlan;
}

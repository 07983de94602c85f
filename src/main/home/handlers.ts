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
    const lastDone = lastDoneByPlan(db, today);
    for (const plan of plans) {
      const last = lastDone.get(plan.id);
      const m = momentum({
        today,
        plan: { status: 'active', startDate: plan.startDate, reviewCadenceDays: plan.reviewCadenceDays },
        // Stalling and the next review depend on the last step done only.
        steps: last ? [{ status: 'done', doneDate: last, effortDays: null }] : [],
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

    // CROSS JOIN keeps the steps first: read by due day, the list stops after its first rows.
    const overdueSteps = (
      db
        .prepare(
          `SELECT s.*, p.title AS plan_title, t.name AS team_name, t.colour AS team_colour
           FROM steps s CROSS JOIN plans p ON p.id = s.plan_id JOIN teams t ON t.id = p.team_id
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

/** The day each plan's last step was done, up to today, from the index of done steps alone. */
function lastDoneByPlan(db: Db, today: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT plan_id, max(done_date) FROM steps
       WHERE status = 'done' AND done_date <= ? GROUP BY plan_id`,
    )
    .raw()
    .all(today) as [string, string][];
  return new Map(rows);
}

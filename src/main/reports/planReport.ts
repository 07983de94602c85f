import { levelChanges, stepsDoneBetween, targetsReachedBetween } from '@shared/calc/compare';
import { reportRadars } from '@shared/calc/report';
import { reportCampaignCount, reportReviewCount, type PlanReport } from '@shared/domain/reports';
import type { Db } from '../db/connection';
import { teamScores } from '../dashboards/repository';
import { planDashboard } from '../dashboards/teamDashboard';
import { getModelDetail } from '../models/repository';
import { listReviews, listSteps, listTargets } from '../plans/repository';
import { plansTable } from '../plans/tables';
import { readSettings } from '../settings/repository';
import { teamSatisfaction } from '../surveys/repository';
import { teamsTable } from '../teams/tables';
import { reviewStepCounts } from './repository';

/**
 * Everything the report of a plan shows, computed as the team's dashboard computes it. The client's copy
 * leaves out what stays between the provider and its team: costs, the budget and the reviews' notes.
 */
export function planReport(db: Db, planId: string, clientCopy: boolean, today: string): PlanReport {
  const plan = plansTable.get(db, planId);
  const team = teamsTable.get(db, plan.teamId);
  const targets = listTargets(db, planId);
  const steps = listSteps(db, planId);
  const reviews = listReviews(db, planId);
  const scores = teamScores(db, plan.teamId, plan.modelId, today);
  const model = getModelDetail(db, plan.modelId);
  const { budget, radars, ...dashboard } = planDashboard({
    plan,
    model,
    targets,
    steps,
    reviews,
    scores,
    today,
  });
  const settings = readSettings(db);
  const linkCounts = reviewStepCounts(db, planId);
  const satisfaction = teamSatisfaction(db, plan.teamId);

  // "Since the last review": the one before today, so that a report written on a review's day tells
  // what that review has to talk about.
  const previousReview = reviews.find((r) => r.date < today);
  const since = previousReview?.date ?? plan.startDate;
  const { up, down } = levelChanges(scores, since, today);
  const axisOf = new Map(model.dimensions.map((d) => [d.id, d.axisId] as const));
  const shownRadars = reportRadars(radars, (dimensionId) => axisOf.get(dimensionId));

  return {
    today,
    clientCopy,
    organisation: { name: settings.organisationName, logo: settings.organisationLogo },
    team,
    plan: dashboard,
    radars: shownRadars.radars,
    radarsOfTargets: shownRadars.ofTargets,
    budget: clientCopy ? null : budget,
    steps: steps.map(
      ({ id, title, owner, status, position, dimensionId, dueDate, doneDate, effortDays, cost }) => ({
        id,
        title,
        owner,
        status,
        position,
        dimensionId,
        dueDate,
        doneDate,
        effortDays,
        cost: clientCopy ? null : cost,
      }),
    ),
    reviews: reviews
      .slice(0, reportReviewCount)
      .map(({ id, date, kind, participants, notes, decisions }) => ({
        id,
        date,
        kind,
        participants,
        notes: clientCopy ? '' : notes,
        decisions,
        stepsCreated: linkCounts.get(id)?.created ?? 0,
        stepsClosed: linkCounts.get(id)?.closed ?? 0,
      })),
    reviewCount: reviews.length,
    changes: {
      since,
      sinceReview: previousReview !== undefined,
      levelsUp: up,
      levelsDown: down,
      stepsDone: stepsDoneBetween(steps, since, today),
      targetsReached: targetsReachedBetween(targets, scores, since, today).map((t) => t.id),
    },
    satisfaction: {
      ...satisfaction,
      campaigns: satisfaction.campaigns.filter((c) => c.headline !== null).slice(-reportCampaignCount),
    },
  };
}

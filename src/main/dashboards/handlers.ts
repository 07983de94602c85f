import { DomainError } from '@shared/result';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { getModelDetail } from '../models/repository';
import { listReviews, listTargets } from '../plans/repository';
import { teamSatisfaction } from '../surveys/repository';
import { teamsTable } from '../teams/tables';
import { comparison, portfolioHeatmaps, portfolioWatchList, trendsWithoutRetired } from './portfolio';
import {
  assessedBy,
  assessedDays,
  dashboardSteps,
  levelMoves,
  levelsOn,
  portfolioRows,
  scoresOfDimensions,
  stepsDoneByPlan,
  teamPlans,
  trendLines,
  teamScores,
  watchListRows,
} from './repository';
import { defaultPlan, planDashboard } from './teamDashboard';

/** The models the rows use, built-in ones first, then by name. */
export function modelsOf(db: Db, ...rows: (readonly { modelId: string }[])[]) {
  const ids = new Set(rows.flat().map((row) => row.modelId));
  return [...ids]
    .map((id) => getModelDetail(db, id))
    .sort(
      (a, b) =>
        Number(a.builtinKey === null) - Number(b.builtinKey === null) ||
        a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
    );
}

export const dashboardHandlers = defineHandlers({
  'dashboard.team': ({ teamId, planId }, { db, today }) => {
    const team = teamsTable.get(db, teamId);
    const plans = teamPlans(db, teamId);
    const plan = planId === undefined ? defaultPlan(plans) : plans.find((p) => p.id === planId);
    if (planId !== undefined && !plan) {
      throw new DomainError('not-found', 'This team has no plan with this id; it may have been deleted.');
    }
    return {
      today,
      team,
      plans: plans.map(({ id, title, status, startDate, endDate, modelId }) => ({
        id,
        title,
        status,
        startDate,
        endDate,
        modelId,
      })),
      plan: plan
        ? planDashboard({
            plan,
            model: getModelDetail(db, plan.modelId),
            targets: listTargets(db, plan.id),
            steps: dashboardSteps(db, plan.id),
            reviews: listReviews(db, plan.id),
            scores: teamScores(db, teamId, plan.modelId, today),
            today,
          })
        : null,
      satisfaction: teamSatisfaction(db, teamId),
    };
  },
  'portfolio.get': (scope, { db, today }) => {
    const rows = portfolioRows(db, today);
    const active = new Set(rows.teams.map((team) => team.id));
    const ofActive = <T extends { teamId: string }>(items: T[]) =>
      items.filter(({ teamId }) => active.has(teamId));
    const trends = ofActive(trendLines(db, today));
    const models = modelsOf(db, rows.plans, trends);
    // The summary's means count every dimension: with some retired, the days are read again without them.
    const retired = models.flatMap((model) => model.dimensions.filter((d) => d.retired).map((d) => d.id));
    return portfolioHeatmaps(rows, models, scope, today, {
      levels: levelsOn(db, today),
      trends:
        retired.length === 0
          ? trends
          : trendsWithoutRetired(ofActive(assessedDays(db, today)), scoresOfDimensions(db, retired, today)),
    });
  },
  'portfolio.watchList': (scope, { db, today }) => {
    const rows = watchListRows(db, today);
    return portfolioWatchList(rows, modelsOf(db, rows.plans), scope, today);
  },
  'portfolio.compare': ({ from, to, ...scope }, { db }) => {
    const rows = portfolioRows(db, to);
    const assessed = assessedBy(db, to);
    return comparison(
      rows,
      assessed,
      modelsOf(db, rows.plans, assessed).flatMap((model) => model.dimensions),
      scope,
      { from, to },
      levelMoves(db, from, to),
      (planIds) => stepsDoneByPlan(db, planIds, from, to),
    );
  },
});

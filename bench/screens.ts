/** What the core's measurements share: a call that must succeed, the ids they use, the screens' reads. */
import { addDays } from '@shared/dates';
import type { Core } from '../src/main/core/core';
import type { BenchIds } from './baselines';

/** A channel's value; an error result is thrown. */
export async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** The ids measured: the first active plan's team, plan and model, and that team's first survey. */
export async function idsOf(core: Core, today: string): Promise<BenchIds> {
  const [plan] = (await call(core, 'plan.list', { statuses: ['active'] })) as {
    id: string;
    teamId: string;
    modelId: string;
  }[];
  if (!plan) throw new Error('The dataset has no active plan.');
  const [survey] = (await call(core, 'survey.list', { teamId: plan.teamId })) as { id: string }[];
  return {
    teamId: plan.teamId,
    planId: plan.id,
    modelId: plan.modelId,
    surveyId: survey?.id ?? '',
    today,
    // The portfolio's "what changed" period when no review was held: the last 30 days.
    since: addDays(today, -30),
  };
}

/** The read channels each screen calls when it opens (see src/renderer/stores), with their input. */
export const screenChannels = (ids: BenchIds): [string, unknown][] => [
  // the app's frame, on every screen: settings, the read-only banner, the undo and redo buttons
  ['settings.get', {}],
  ['app.health', {}],
  ['history.undoState', {}],
  // home
  ['app.status', {}],
  ['home.attention', {}],
  ['team.list', { includeArchived: true }],
  ['plan.list', {}],
  // plan page
  ['plan.get', { id: ids.planId }],
  ['model.get', { id: ids.modelId }],
  ['review.listWithSteps', { planId: ids.planId }],
  ['history.list', { planId: ids.planId, limit: 50 }],
  // team dashboard
  ['dashboard.team', { teamId: ids.teamId }],
  // portfolio
  ['portfolio.get', {}],
  ['portfolio.watchList', {}],
  ['portfolio.compare', { from: ids.since, to: ids.today }],
  // survey results
  ['survey.page', { id: ids.surveyId }],
  // assessment grid
  ['assessment.overview', { teamId: ids.teamId }],
];

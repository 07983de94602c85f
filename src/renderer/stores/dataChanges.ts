import type { EntityName } from '@shared/domain/history';
import { useAppStatusStore } from './appStatusStore';
import { useModelStore } from './modelStore';
import { usePlanStore } from './planStore';
import { useSurveyStore } from './surveyStore';
import { useTeamStore } from './teamStore';

/** Which lists show which entities, counts and joined names included (a plan row shows its team's name). */
const shownIn = {
  appStatus: ['team', 'plan', 'model'],
  teams: ['team', 'plan'],
  plans: ['team', 'model', 'plan', 'target', 'step'],
  models: ['model', 'level', 'axis', 'dimension', 'plan'],
  surveys: ['team', 'survey'],
} satisfies Record<string, EntityName[]>;

/** Reloads the lists on screen that show any of the changed entities. */
export function reloadFor(entities: readonly EntityName[]): void {
  const touches = (shown: readonly EntityName[]) => shown.some((entity) => entities.includes(entity));
  if (touches(shownIn.appStatus)) void useAppStatusStore.getState().reload();
  if (touches(shownIn.teams)) void useTeamStore.getState().reload();
  if (touches(shownIn.plans)) void usePlanStore.getState().reload();
  if (touches(shownIn.models)) void useModelStore.getState().reload();
  if (touches(shownIn.surveys)) void useSurveyStore.getState().reload();
}

/** Listens to main's `data.changed`; returns what stops it. */
export const followDataChanges = (): (() => void) =>
  window.api.on('data.changed', ({ entities }) => reloadFor(entities));

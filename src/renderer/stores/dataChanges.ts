import type { EntityName } from '@shared/domain/history';
import { useAppStatusStore } from './appStatusStore';
import { useAssessmentStore } from './assessmentStore';
import { useAttentionStore } from './attentionStore';
import { useModelDetailStore } from './modelDetailStore';
import { useModelStore } from './modelStore';
import { usePlanDetailStore } from './planDetailStore';
import { usePlanHistoryStore } from './planHistoryStore';
import { usePlanStore } from './planStore';
import { useChangesStore, usePortfolioStore, useWatchListStore } from './portfolioStore';
import { useSurveyStore } from './surveyStore';
import { useTeamDashboardStore } from './teamDashboardStore';
import { useTeamStore } from './teamStore';
import { useUndoStore } from './undoStore';
import { useWorkshopStore } from './workshopStore';

/** Which lists show which entities, counts and joined names included (a plan row shows its team's name). */
const shownIn = {
  appStatus: ['team', 'plan', 'model'],
  teams: ['team', 'plan'],
  plans: ['team', 'model', 'plan', 'target', 'step'],
  models: ['model', 'level', 'axis', 'dimension', 'plan'],
  surveys: ['team', 'survey'],
  planDetail: [
    'team',
    'model',
    'level',
    'axis',
    'dimension',
    'plan',
    'target',
    'step',
    'review',
    'reviewStep',
    'score',
  ],
  modelDetail: ['model', 'level', 'axis', 'dimension'],
  planHistory: ['plan', 'target', 'step', 'review', 'reviewStep'],
  attention: ['team', 'plan', 'step', 'review'],
  assessments: ['team', 'model', 'level', 'axis', 'dimension', 'plan', 'assessment', 'score'],
  workshop: [
    'team',
    'model',
    'level',
    'axis',
    'dimension',
    'plan',
    'target',
    'step',
    'review',
    'reviewStep',
    'assessment',
    'score',
  ],
  dashboards: [
    'team',
    'model',
    'level',
    'axis',
    'dimension',
    'plan',
    'target',
    'step',
    'review',
    'assessment',
    'score',
  ],
} satisfies Record<string, EntityName[]>;

/** Reloads the lists on screen that show any of the changed entities. */
export function reloadFor(entities: readonly EntityName[]): void {
  const touches = (shown: readonly EntityName[]) => shown.some((entity) => entities.includes(entity));
  if (touches(shownIn.appStatus)) void useAppStatusStore.getState().reload();
  if (touches(shownIn.teams)) void useTeamStore.getState().reload();
  if (touches(shownIn.plans)) void usePlanStore.getState().reload();
  if (touches(shownIn.models)) void useModelStore.getState().reload();
  if (touches(shownIn.surveys)) void useSurveyStore.getState().reload();
  if (touches(shownIn.planDetail)) void usePlanDetailStore.getState().reload();
  if (touches(shownIn.modelDetail)) void useModelDetailStore.getState().reload();
  if (touches(shownIn.planHistory)) void usePlanHistoryStore.getState().reload();
  if (touches(shownIn.attention)) void useAttentionStore.getState().reload();
  if (touches(shownIn.assessments)) void useAssessmentStore.getState().reload();
  if (touches(shownIn.workshop)) void useWorkshopStore.getState().reload();
  if (touches(shownIn.dashboards)) {
    void useTeamDashboardStore.getState().reload();
    void usePortfolioStore.getState().reload();
    void useWatchListStore.getState().reload();
    void useChangesStore.getState().reload();
  }
  // Every change is the latest one to undo.
  void useUndoStore.getState().reload();
}

/** Listens to main's `data.changed`; returns what stops it. */
export const followDataChanges = (): (() => void) =>
  window.api.on('data.changed', ({ entities }) => reloadFor(entities));

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { App } from '../../../src/renderer/App';
import { i18n } from '../../../src/renderer/i18n/i18n';
import { useAppStatusStore } from '../../../src/renderer/stores/appStatusStore';
import { useModelStore } from '../../../src/renderer/stores/modelStore';
import { usePlanStore } from '../../../src/renderer/stores/planStore';
import { useRouteStore } from '../../../src/renderer/stores/routeStore';
import { useSettingsStore } from '../../../src/renderer/stores/settingsStore';
import { useSurveyStore } from '../../../src/renderer/stores/surveyStore';
import { useTeamStore } from '../../../src/renderer/stores/teamStore';
import { useToastStore } from '../../../src/renderer/stores/toastStore';
import { useAssessmentStore } from '../../../src/renderer/stores/assessmentStore';
import { useAttentionStore } from '../../../src/renderer/stores/attentionStore';
import { useUndoStore } from '../../../src/renderer/stores/undoStore';
import { useWorkshopStore } from '../../../src/renderer/stores/workshopStore';
import { useBackupStore } from '../../../src/renderer/stores/backupStore';
import { useHealthStore } from '../../../src/renderer/stores/healthStore';
import { useModelDetailStore } from '../../../src/renderer/stores/modelDetailStore';
import { usePlanDetailStore } from '../../../src/renderer/stores/planDetailStore';
import { usePlanHistoryStore } from '../../../src/renderer/stores/planHistoryStore';
import { useTeamDashboardStore } from '../../../src/renderer/stores/teamDashboardStore';
import {
  useChangesStore,
  usePortfolioStore,
  useWatchListStore,
} from '../../../src/renderer/stores/portfolioStore';
import { useReportStore } from '../../../src/renderer/stores/reportStore';
import { useSharingStore } from '../../../src/renderer/stores/sharingStore';
import { bridgeApi, makeTestCore, type TestCore } from '../../helpers/core';

/** Stores are module singletons: each test starts them afresh, as a new window would. */
const reset = <S,>(store: { setState(state: S, replace: true): void; getInitialState(): S }) =>
  store.setState(store.getInitialState(), true);

function resetStores() {
  reset(useAppStatusStore);
  reset(useModelStore);
  reset(usePlanStore);
  reset(useRouteStore);
  reset(useSettingsStore);
  reset(useSurveyStore);
  reset(useTeamStore);
  reset(useToastStore);
  reset(useAssessmentStore);
  reset(useAttentionStore);
  reset(useUndoStore);
  reset(useWorkshopStore);
  reset(useBackupStore);
  reset(useHealthStore);
  reset(useModelDetailStore);
  reset(usePlanDetailStore);
  reset(usePlanHistoryStore);
  reset(useTeamDashboardStore);
  reset(usePortfolioStore);
  reset(useWatchListStore);
  reset(useChangesStore);
  reset(useReportStore);
  reset(useSharingStore);
}

const openCores: TestCore[] = [];

afterEach(async () => {
  resetStores();
  await i18n.changeLanguage('en');
  window.location.hash = '';
  await Promise.all(openCores.splice(0).map((core) => core.dispose()));
});

/**
 * The whole app on a real core with a fresh database, opened at `hash` (e.g. `#/teams`). `prepare` writes
 * data through the core before the app starts, as a user of an earlier session would have.
 */
export async function renderApp({
  hash = '#/',
  prepare,
  now,
}: {
  hash?: string;
  prepare?: (core: TestCore) => Promise<void>;
  /** Fixes the core's clock, for screens that show what is due or late. */
  now?: Date;
} = {}) {
  const core = makeTestCore(now ? { clock: () => now } : {});
  openCores.push(core);
  await prepare?.(core);
  window.api = bridgeApi(core);
  window.location.hash = hash;
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('navigation', { name: /navigation/i });
  // Screens other than home load lazily: wait for the screen's title, as a user would.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 });
  return { core, user };
}

/** A team written straight through the core. */
export const addTeam = (core: TestCore, name: string, fields: { client?: string; colour?: string } = {}) =>
  core.call('team.create', { name, ...fields });

/** The first built-in model, as the new plan dialog proposes it. */
export async function firstBuiltinModel(core: TestCore) {
  const models = await core.call('model.list', {});
  const model = models.find((m) => m.builtinKey !== null);
  if (!model) throw new Error('The database has no built-in model.');
  return model;
}

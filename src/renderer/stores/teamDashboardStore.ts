import { create } from 'zustand';
import type { TeamDashboard } from '@shared/domain/dashboards';
import { call } from '../api';
import { dashboardQuery } from '../screens/team/dashboardQuery';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** The team dashboard on screen: one team, one of its plans, every figure in one call. */
interface TeamDashboardState extends Loadable {
  teamId: string | null;
  /** The plan asked for; null for the team's default one. */
  planId: string | null;
  dashboard: TeamDashboard | null;
  /** Shows a team's dashboard: loads it unless it is the one already shown. */
  open(teamId: string, planId: string | null): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useTeamDashboardStore = create<TeamDashboardState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => {
      const { teamId, planId } = get();
      if (teamId === null) throw new Error('No team is open.');
      return call('dashboard.team', dashboardQuery(teamId, planId));
    },
    (dashboard) => ({ dashboard }),
  );
  return {
    ...notLoaded,
    teamId: null,
    planId: null,
    dashboard: null,
    ...loader,
    open: async (teamId, planId) => {
      const state = get();
      if (state.teamId !== teamId) set({ teamId, planId, dashboard: null, ...notLoaded });
      else if (state.planId !== planId) {
        // Another plan of the same team: the team stays on screen while the plan loads.
        set({ planId });
        await loader.reload();
        return;
      }
      await loader.load();
    },
  };
});

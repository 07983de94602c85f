import { create } from 'zustand';
import type { Team, TeamCreate, TeamSummary, TeamUpdate } from '@shared/domain/teams';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface TeamState extends Loadable {
  /** Every team, archived ones included: screens choose what to show. */
  teams: TeamSummary[];
  load(): Promise<void>;
  reload(): Promise<void>;
  create(input: TeamCreate): Promise<Team>;
  update(id: string, patch: TeamUpdate['patch']): Promise<Team>;
  setArchived(id: string, archived: boolean): Promise<Team>;
  remove(id: string): Promise<void>;
}

export const useTeamStore = create<TeamState>()((set, get) => ({
  ...notLoaded,
  teams: [],
  ...listLoader(
    set,
    get,
    () => call('team.list', { includeArchived: true }),
    (teams) => ({ teams }),
  ),
  create: (input) => call('team.create', input),
  update: (id, patch) => call('team.update', { id, patch }),
  setArchived: (id, archived) => call('team.setArchived', { id, archived }),
  remove: async (id) => {
    await call('team.delete', { id });
  },
}));

export const activeTeams = (teams: readonly TeamSummary[]) => teams.filter((team) => !team.archived);
export const archivedTeams = (teams: readonly TeamSummary[]) => teams.filter((team) => team.archived);
export const teamById = (teams: readonly TeamSummary[], id: string | undefined) =>
  id === undefined ? undefined : teams.find((team) => team.id === id);

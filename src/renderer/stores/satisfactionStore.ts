import { create } from 'zustand';
import type { TeamSatisfaction } from '@shared/domain/surveys';
import { asApiError, call, type ApiError } from '../api';

/** Each team's satisfaction as its dashboard shows it: loaded on demand, kept per team. */
interface SatisfactionState {
  byTeam: Readonly<Record<string, TeamSatisfaction>>;
  errors: Readonly<Record<string, ApiError>>;
  load(teamId: string): Promise<void>;
}

export const useSatisfactionStore = create<SatisfactionState>()((set, get) => ({
  byTeam: {},
  errors: {},
  load: async (teamId) => {
    try {
      const value = await call('survey.teamIndicators', { teamId });
      const { [teamId]: _cleared, ...errors } = get().errors;
      set({ byTeam: { ...get().byTeam, [teamId]: value }, errors });
    } catch (error) {
      set({ errors: { ...get().errors, [teamId]: asApiError(error) } });
    }
  },
}));

export const teamSatisfactionOf = (state: SatisfactionState, teamId: string) => state.byTeam[teamId];

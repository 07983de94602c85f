import type { Input } from '@shared/contract';

/** What `dashboard.team` is asked for a team, and a plan of it or its default one (null). */
export const dashboardQuery = (teamId: string, planId: string | null): Input<'dashboard.team'> =>
  planId === null ? { teamId } : { teamId, planId };

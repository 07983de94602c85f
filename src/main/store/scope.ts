import type { Db } from '../db/connection';
import { prepared } from '../db/statements';

export interface Scope {
  planId: string | null;
  teamId: string | null;
}

export const noScope = (): Scope => ({ planId: null, teamId: null });

/** The scope of a row that belongs to a plan: the plan and the plan's team. */
export function planScope(db: Db, planId: string): Scope {
  const teamId = prepared(db, 'SELECT team_id FROM plans WHERE id = ?', 'pluck').get(planId) as
    string | undefined;
  return { planId, teamId: teamId ?? null };
}

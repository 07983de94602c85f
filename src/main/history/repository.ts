import type { Change } from '@shared/domain/history';

const parseSnapshot = (text: unknown) =>
  text === null ? null : (JSON.parse(text as string) as Change['before']);

/** Maps rows of `change_history` to changes. */
export function readChanges(rows: unknown[]): Change[] {
  return (rows as Record<string, unknown>[]).map((raw) => ({
    seq: raw.seq as number,
    batchId: raw.batch_id as string,
    entity: raw.entity as Change['entity'],
    entityId: raw.entity_id as string,
    action: raw.action as Change['action'],
    before: parseSnapshot(raw.before),
    after: parseSnapshot(raw.after),
    at: raw.at as string,
    by: raw.by as string,
    planId: raw.plan_id as string | null,
    teamId: raw.team_id as string | null,
  }));
}

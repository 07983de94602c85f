import type { Change } from '@shared/domain/history';
import { defineHandlers } from '../core/handler';

export const historyHandlers = defineHandlers({
  'history.list': ({ planId, teamId, entityId, limit }, { db }) =>
    (
      db
        .prepare(
          `SELECT * FROM change_history
           WHERE (@planId IS NULL OR plan_id = @planId)
             AND (@teamId IS NULL OR team_id = @teamId)
             AND (@entityId IS NULL OR entity_id = @entityId)
           ORDER BY seq DESC LIMIT @limit`,
        )
        .all({ planId: planId ?? null, teamId: teamId ?? null, entityId: entityId ?? null, limit }) as Record<
        string,
        unknown
      >[]
    ).map((raw): Change => ({
      seq: raw.seq as number,
      batchId: raw.batch_id as string,
      entity: raw.entity as Change['entity'],
      entityId: raw.entity_id as string,
      action: raw.action as Change['action'],
      before: raw.before === null ? null : (JSON.parse(raw.before as string) as Change['before']),
      after: raw.after === null ? null : (JSON.parse(raw.after as string) as Change['after']),
      at: raw.at as string,
      by: raw.by as string,
      planId: raw.plan_id as string | null,
      teamId: raw.team_id as string | null,
    })),
});

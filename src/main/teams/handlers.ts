import type { TeamSummary } from '@shared/domain/teams';
import { defineHandlers } from '../core/handler';
import { teamsTable } from './tables';

export const teamHandlers = defineHandlers({
  'team.list': ({ includeArchived }, { db }) =>
    (
      db
        .prepare(
          `SELECT t.*,
             (SELECT count(*) FROM plans p WHERE p.team_id = t.id) AS plan_count,
             (SELECT count(*) FROM plans p WHERE p.team_id = t.id AND p.status = 'active') AS active_plan_count
           FROM teams t
           WHERE t.archived = 0 OR @includeArchived
           ORDER BY t.archived, t.name COLLATE NOCASE`,
        )
        .all({ includeArchived: includeArchived ? 1 : 0 }) as Record<string, unknown>[]
    ).map((raw): TeamSummary => ({
      ...teamsTable.fromDb(raw),
      planCount: raw.plan_count as number,
      activePlanCount: raw.active_plan_count as number,
    })),
  'team.get': ({ id }, { db }) => teamsTable.get(db, id),
  'team.create': (input, { changes }) => changes.create(teamsTable, { ...input, archived: false }),
  'team.update': ({ id, patch }, { changes }) => changes.update(teamsTable, id, patch),
  'team.setArchived': ({ id, archived }, { changes }) => changes.update(teamsTable, id, { archived }),
  'team.delete': ({ id }, { changes }) => {
    changes.remove(teamsTable, id);
    return null;
  },
});

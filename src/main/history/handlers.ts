import { defineHandlers } from '../core/handler';
import { readChanges } from './repository';
import { redo, undo, undoState } from './undo';

export const historyHandlers = defineHandlers({
  'history.list': ({ planId, teamId, entityId, limit }, { db }) =>
    readChanges(
      db
        .prepare(
          `SELECT * FROM change_history
           WHERE (@planId IS NULL OR plan_id = @planId)
             AND (@teamId IS NULL OR team_id = @teamId)
             AND (@entityId IS NULL OR entity_id = @entityId)
           ORDER BY seq DESC LIMIT @limit`,
        )
        .all({ planId: planId ?? null, teamId: teamId ?? null, entityId: entityId ?? null, limit }),
    ),
  'history.undoState': (_input, { db }) => undoState(db),
  'history.undo': (_input, { db, changes }) => undo(db, changes),
  'history.redo': (_input, { db, changes }) => redo(db, changes),
});

import { defineHandlers } from '../core/handler';
import { prepared } from '../db/statements';
import { readChanges } from './repository';
import { redo, undo, undoState } from './undo';

/**
 * The newest changes, led by the most selective filter given: its index (plan or team, then seq) hands
 * them over newest first. One statement with `(@x IS NULL OR x = @x)` for every filter would be planned
 * without the values, and read the whole history back from its newest change.
 */
export const latestChanges = {
  plan: `SELECT * FROM change_history
         WHERE plan_id = @planId AND (@teamId IS NULL OR team_id = @teamId)
         ORDER BY seq DESC LIMIT @limit`,
  team: `SELECT * FROM change_history WHERE team_id = @teamId ORDER BY seq DESC LIMIT @limit`,
  all: `SELECT * FROM change_history ORDER BY seq DESC LIMIT @limit`,
};

export const historyHandlers = defineHandlers({
  'history.list': ({ planId, teamId, limit }, { db }) => {
    const led = planId ? 'plan' : teamId ? 'team' : 'all';
    return readChanges(
      prepared(db, latestChanges[led]).all({ planId: planId ?? null, teamId: teamId ?? null, limit }),
    );
  },
  'history.undoState': (_input, { db }) => undoState(db),
  'history.undo': (_input, { db, changes }) => undo(db, changes),
  'history.redo': (_input, { db, changes }) => redo(db, changes),
});

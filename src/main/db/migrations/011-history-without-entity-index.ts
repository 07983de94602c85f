import type { Migration } from '../migrate';

/**
 * Drops the change history's index by entity id. Ids are random, so each row a batch changes put its entry
 * on a page of its own: a grid save of 34 scores wrote 34 scattered pages of it once the history was years
 * long, p95 5.6 ms against 5 (L, with five years' history). It served only a filter of `history.list`
 * that no screen used, taken out with it.
 */
export const historyWithoutEntityIndex: Migration = {
  version: 11,
  name: 'the change history without its index by entity',
  up: (db) => {
    db.exec('DROP INDEX history_by_entity');
  },
};

import type { Migration } from '../migrate';

/**
 * Drops the change history's index by entity id. Ids are random, so each row a batch changes puts its
 * entry on a page of its own once the history is years long: the grid save (34 scores) reached p95
 * 5.6 ms, for a target of 5, on L with five years' history; 3.4 to 4.4 ms without the index. It served
 * only a filter of `history.list` that no screen used, taken out with it.
 */
export const historyWithoutEntityIndex: Migration = {
  version: 11,
  name: 'the change history without its index by entity',
  up: (db) => {
    db.exec('DROP INDEX history_by_entity');
  },
};

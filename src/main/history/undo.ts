import type { Change, UndoEntry, UndoState } from '@shared/domain/history';
import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import type { ChangeWriter } from '../store/changes';
import { tablesByEntity } from '../store/registry';
import type { DomainRow, Table } from '../store/table';
import { readChanges } from './repository';

interface BatchRow {
  id: string;
  channel: string;
  at: string;
}

const latestToUndo = (db: Db) =>
  prepared(
    db,
    `SELECT id, channel, at FROM change_batches WHERE kind = 'action' AND undone = 0 ORDER BY seq DESC LIMIT 1`,
  ).get() as BatchRow | undefined;

const latestToRedo = (db: Db) =>
  prepared(
    db,
    `SELECT id, channel, at FROM change_batches
       WHERE kind = 'action' AND undone = 1 AND redoable = 1 ORDER BY undone_seq DESC LIMIT 1`,
  ).get() as BatchRow | undefined;

export function undoState(db: Db): UndoState {
  const undo = latestToUndo(db);
  const redo = latestToRedo(db);
  return { undo: undo ? describe(db, undo) : null, redo: redo ? describe(db, redo) : null };
}

/** Takes back the latest user action: every row it changed is put back as it was before. */
export function undo(db: Db, changes: ChangeWriter): UndoState {
  const batch = latestToUndo(db);
  if (!batch) throw new DomainError('conflict', 'There is nothing to undo.');
  changes.markAs('undo', batch.id);
  putBack(db, changes, batchChanges(db, batch.id).reverse(), 'after');
  db.prepare(
    `UPDATE change_batches SET undone = 1, redoable = 1,
       undone_seq = (SELECT coalesce(max(undone_seq), 0) + 1 FROM change_batches)
     WHERE id = ?`,
  ).run(batch.id);
  return undoState(db);
}

/** Puts again the action undone last, as long as nothing new was done since. */
export function redo(db: Db, changes: ChangeWriter): UndoState {
  const batch = latestToRedo(db);
  if (!batch) throw new DomainError('conflict', 'There is nothing to redo.');
  changes.markAs('redo', batch.id);
  putBack(db, changes, batchChanges(db, batch.id), 'before');
  db.prepare('UPDATE change_batches SET undone = 0, redoable = 0, undone_seq = NULL WHERE id = ?').run(
    batch.id,
  );
  return undoState(db);
}

/**
 * A batch's changes: the history's rows from its first seq to the next batch's (migration 12). Batches
 * are numbered one after the other; the batch id is checked too, so a gap could only make the search longer.
 */
function batchChanges(db: Db, batchId: string): Change[] {
  return readChanges(
    prepared(
      db,
      `SELECT h.* FROM change_batches b
         LEFT JOIN change_batches next ON next.seq = b.seq + 1
         JOIN change_history h ON h.seq >= b.first_seq
           AND h.seq < coalesce(next.first_seq, 9223372036854775807) AND h.batch_id = b.id
         WHERE b.id = ?
         ORDER BY h.seq`,
    ).all(batchId),
  );
}

/**
 * Moves rows, in the order given, from the state `from` to the other, both snapshots of the history. A row
 * that no longer is in `from` was changed since: putting the other state would lose that change, so it
 * stops. The rows of one table that follow one another are put together (an import's thousands of steps),
 * unless one comes twice: each is checked before any of them is put.
 */
function putBack(db: Db, changes: ChangeWriter, list: readonly Change[], from: 'before' | 'after'): void {
  const to = from === 'before' ? 'after' : 'before';
  let table: Table<DomainRow> | null = null;
  let run: [current: DomainRow | null, wanted: DomainRow | null][] = [];
  const ids = new Set<string>();
  const putRun = () => {
    if (table !== null) changes.restoreAll(table, run);
    run = [];
    ids.clear();
  };
  for (const change of list) {
    const of = tablesByEntity[change.entity];
    if (of !== table || ids.has(change.entityId)) {
      putRun();
      table = of;
    }
    ids.add(change.entityId);
    const current = of.find(db, change.entityId) ?? null;
    const expected = change[from] as DomainRow | null;
    if (
      (current === null) !== (expected === null) ||
      (current && current.updatedAt !== expected?.updatedAt)
    ) {
      throw new DomainError(
        'conflict',
        `This ${of.spec.label} was changed since; nothing was undone or redone, to keep that change.`,
      );
    }
    run.push([current, change[to] as DomainRow | null]);
  }
  putRun();
}

function describe(db: Db, batch: BatchRow): UndoEntry {
  const all = batchChanges(db, batch.id);
  const channelEntity = batch.channel.split('.')[0];
  const main = all.find((c) => c.entity === channelEntity) ?? (all[0] as Change);
  const row = main.after ?? main.before ?? {};
  const label = [row.title, row.name, row.label, row.respondent].find((v) => typeof v === 'string') as
    string | undefined;
  return {
    batchId: batch.id,
    channel: batch.channel,
    entity: main.entity,
    action: main.action,
    label: label ?? '',
    changeCount: all.length,
    at: batch.at,
  };
}

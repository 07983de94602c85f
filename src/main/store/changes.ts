import { randomUUID } from 'node:crypto';
import type { ChangeAction, EntityName } from '@shared/domain/history';
import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { insertRows, prepared } from '../db/statements';
import { ScopeReader } from './scope';
import type { DomainRow, Table } from './table';

type NewFields<Row extends DomainRow> = Omit<Row, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type BatchKind = 'action' | 'undo' | 'redo';

/**
 * Writes the domain's rows inside one transaction and records each change in the change history,
 * under one batch: the unit that undo takes back.
 */
export class ChangeWriter {
  private readonly touched = new Set<EntityName>();
  private kind: BatchKind = 'action';
  private targetBatchId: string | null = null;
  private batchWritten = false;
  private author: string | undefined;
  private readonly scopes: ScopeReader;

  /**
   * `by` names who makes the changes: asked once, when the first change is recorded, as most calls only read.
   * `batchId` is given only where ids must repeat (the benchmark's seeded dataset).
   */
  constructor(
    private readonly db: Db,
    readonly now: string,
    private readonly whoChanges: () => string,
    private readonly channel: string,
    readonly batchId: string = randomUUID(),
  ) {
    this.scopes = new ScopeReader(db);
  }

  private get by(): string {
    return (this.author ??= this.whoChanges());
  }

  /** Entities written so far, so the UI knows what to reload. */
  get entities(): EntityName[] {
    return [...this.touched];
  }

  /** Makes this batch the undo or redo of another one, instead of a user action. */
  markAs(kind: Exclude<BatchKind, 'action'>, targetBatchId: string): void {
    this.kind = kind;
    this.targetBatchId = targetBatchId;
  }

  private stamped<Row extends DomainRow>(fields: NewFields<Row>): Row {
    return { ...fields, id: fields.id ?? randomUUID(), createdAt: this.now, updatedAt: this.now } as Row;
  }

  create<Row extends DomainRow>(table: Table<Row>, fields: NewFields<Row>): Row {
    const row = this.stamped(fields);
    table.insert(this.db, [row]);
    this.record(table, 'create', null, row);
    return row;
  }

  /** `create` for thousands of rows at once (a register's steps), as `addAll` adds them. */
  createAll<Row extends DomainRow>(table: Table<Row>, fields: readonly NewFields<Row>[]): Row[] {
    const rows = fields.map((one) => this.stamped(one));
    this.addAll(table, rows);
    return rows;
  }

  /**
   * Adds rows exactly as given, stamps included, none of them here yet: `put` for thousands at once,
   * many to a statement. Whole or none: when SQLite refuses a row, none of them is left written, so that
   * the caller can put them one by one to find which.
   */
  addAll<Row extends DomainRow>(table: Table<Row>, rows: readonly Row[]): void {
    if (rows.length === 0) return;
    // Outside the savepoint below: a batch taken back with it would stay noted as written.
    if (!this.batchWritten) this.writeBatch();
    this.db.transaction(() => {
      table.insert(this.db, rows);
      this.recordAll(
        table,
        'create',
        rows.map((row) => [null, row]),
      );
    })();
  }

  /** `current` is the row as the caller read it in this transaction, which spares reading it again. */
  update<Row extends DomainRow>(table: Table<Row>, id: string, patch: Partial<Row>, current?: Row): Row {
    const [after] = this.updateAll(table, [[current ?? table.get(this.db, id), patch]]);
    return after as Row;
  }

  /**
   * `update` for rows of one table, each as the caller read it in this transaction, none twice (a grid's
   * scores): those that change the same columns written many to a statement, their history recorded at
   * once. Gives each row as it now is.
   */
  updateAll<Row extends DomainRow>(
    table: Table<Row>,
    patches: readonly [current: Row, patch: Partial<Row>][],
  ): Row[] {
    const changed: [before: Row, after: Row][] = [];
    const rows = patches.map(([before, patch]) => {
      const differs = Object.entries(patch).some(
        ([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(before[k]),
      );
      if (!differs) return before;
      const after = {
        ...before,
        ...definedOnly(patch),
        id: before.id,
        createdAt: before.createdAt,
        updatedAt: this.now,
      };
      changed.push([before, after]);
      return after;
    });
    if (changed.length > 0) {
      table.write(this.db, changed);
      this.recordAll(table, 'update', changed);
    }
    return rows;
  }

  /** Deletes a row and, as its table says, cascades to, unlinks or is stopped by its children. */
  remove<Row extends DomainRow>(table: Table<Row>, id: string): void {
    const before = table.get(this.db, id);
    for (const link of table.spec.children ?? []) {
      const child = link.table();
      const ids = child.idsWhere(this.db, link.foreignKey, id);
      if (ids.length === 0) continue;
      if (link.onDelete === 'restrict') {
        throw new DomainError(
          'conflict',
          link.restrictMessage ??
            `This ${table.spec.label} is still used by ${ids.length} ${child.spec.label}(s).`,
        );
      }
      for (const childId of ids) {
        if (link.onDelete === 'cascade') this.remove(child, childId);
        else this.update(child, childId, { [link.foreignKey]: null });
      }
    }
    table.delete(this.db, [id]);
    this.record(table, 'delete', before, null);
  }

  /**
   * Writes a row exactly as given, stamps included, adding it or replacing the row with its id: a row
   * merged from a plan file keeps the stamps it had where it was last changed. `current` is the row with
   * its id as the caller read it in this transaction (null: there is none), which spares reading it again.
   */
  put<Row extends DomainRow>(table: Table<Row>, row: Row, current?: Row | null): void {
    this.restore(table, current === undefined ? (table.find(this.db, row.id) ?? null) : current, row);
  }

  /** Puts a row back exactly as a snapshot of the history has it (or removes it): undo and redo. */
  restore(table: Table<DomainRow>, current: DomainRow | null, wanted: DomainRow | null): void {
    if (wanted === null) {
      if (current === null) return;
      table.delete(this.db, [current.id]);
      this.record(table, 'delete', current, null);
    } else if (current === null) {
      table.insert(this.db, [wanted]);
      this.record(table, 'create', null, wanted);
    } else {
      table.write(this.db, [[current, wanted]]);
      this.record(table, 'update', current, wanted);
    }
  }

  /**
   * `restore` for rows of one table, none of them twice (an import undone or redone): many to a statement
   * when all are to add or all to remove, one by one otherwise.
   */
  restoreAll(
    table: Table<DomainRow>,
    changes: readonly [current: DomainRow | null, wanted: DomainRow | null][],
  ): void {
    const adds = changes.flatMap(([current, wanted]) =>
      current === null && wanted !== null ? [wanted] : [],
    );
    const removes = changes.flatMap(([current, wanted]) =>
      current !== null && wanted === null ? [current] : [],
    );
    if (adds.length === changes.length) {
      this.addAll(table, adds);
    } else if (removes.length === changes.length) {
      table.delete(
        this.db,
        removes.map((row) => row.id),
      );
      this.recordAll(
        table,
        'delete',
        removes.map((row) => [row, null]),
      );
    } else {
      changes.forEach(([current, wanted]) => this.restore(table, current, wanted));
    }
  }

  private record(
    table: Table<DomainRow>,
    action: ChangeAction,
    before: DomainRow | null,
    after: DomainRow | null,
  ) {
    this.recordAll(table, action, [[before, after]]);
  }

  /** Records changes of one kind to rows of one table, each as the row before and after it. */
  private recordAll(
    table: Table<DomainRow>,
    action: ChangeAction,
    changes: readonly [before: DomainRow | null, after: DomainRow | null][],
  ) {
    if (!this.batchWritten) this.writeBatch();
    insertRows(
      this.db,
      'INSERT INTO change_history (batch_id, entity, entity_id, action, before, after, at, by, plan_id, team_id)',
      10,
      changes.map(([before, after]) => {
        const row = (after ?? before) as DomainRow;
        const { planId, teamId } = table.spec.scope(row, this.scopes);
        return [
          this.batchId,
          table.entity,
          row.id,
          action,
          snapshotOf(before),
          snapshotOf(after),
          this.now,
          this.by,
          planId,
          teamId,
        ];
      }),
    );
    this.touched.add(table.entity);
  }

  private writeBatch(): void {
    // A new action starts a new future: what was undone before it can no longer be redone. Only an
    // undone action is redoable: the index of batches to undo finds them without reading every batch.
    if (this.kind === 'action')
      prepared(
        this.db,
        `UPDATE change_batches SET redoable = 0 WHERE kind = 'action' AND undone = 1 AND redoable = 1`,
      ).run();
    // The history's seqs only grow: every change of this batch gets one past the largest now.
    prepared(
      this.db,
      `INSERT INTO change_batches (id, seq, channel, kind, target_batch_id, at, by, first_seq)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM change_batches), ?, ?, ?, ?, ?,
         (SELECT coalesce(max(seq), 0) + 1 FROM change_history))`,
    ).run(this.batchId, this.channel, this.kind, this.targetBatchId, this.now, this.by);
    this.batchWritten = true;
  }
}

const snapshotOf = (row: DomainRow | null) => row && JSON.stringify(row);

const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

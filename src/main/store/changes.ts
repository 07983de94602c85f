import { randomUUID } from 'node:crypto';
import type { ChangeAction, EntityName } from '@shared/domain/history';
import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import type { DomainRow, Table } from './table';

type NewFields<Row extends DomainRow> = Omit<Row, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/**
 * Writes the domain's rows inside one transaction and records each change in the change history,
 * under one batch id: the unit that undo takes back.
 */
export class ChangeWriter {
  readonly batchId = randomUUID();
  private readonly touched = new Set<EntityName>();

  constructor(
    private readonly db: Db,
    readonly now: string,
    private readonly by: string,
  ) {}

  /** Entities written so far, so the UI knows what to reload. */
  get entities(): EntityName[] {
    return [...this.touched];
  }

  create<Row extends DomainRow>(table: Table<Row>, fields: NewFields<Row>): Row {
    const row = { ...fields, id: fields.id ?? randomUUID(), createdAt: this.now, updatedAt: this.now } as Row;
    table.insert(this.db, row);
    this.record(table, 'create', null, row);
    return row;
  }

  update<Row extends DomainRow>(table: Table<Row>, id: string, patch: Partial<Row>): Row {
    const before = table.get(this.db, id);
    const changed = Object.entries(patch).some(
      ([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(before[k]),
    );
    if (!changed) return before;
    const after = { ...before, ...definedOnly(patch), id, createdAt: before.createdAt, updatedAt: this.now };
    table.write(this.db, after);
    this.record(table, 'update', before, after);
    return after;
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
    table.delete(this.db, id);
    this.record(table, 'delete', before, null);
  }

  private record(
    table: Table<DomainRow>,
    action: ChangeAction,
    before: DomainRow | null,
    after: DomainRow | null,
  ) {
    const row = (after ?? before) as DomainRow;
    const { planId, teamId } = table.spec.scope(row, this.db);
    this.db
      .prepare(
        `INSERT INTO change_history (batch_id, entity, entity_id, action, before, after, at, by, plan_id, team_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        this.batchId,
        table.entity,
        row.id,
        action,
        before && JSON.stringify(before),
        after && JSON.stringify(after),
        this.now,
        this.by,
        planId,
        teamId,
      );
    this.touched.add(table.entity);
  }
}

const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

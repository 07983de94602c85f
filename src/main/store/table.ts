import type { EntityName } from '@shared/domain/history';
import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { deleteRows, insertRows, prepared, updateRows } from '../db/statements';
import type { Scope, ScopeReader } from './scope';

export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'json';
export type DomainRow = { id: string; createdAt: string; updatedAt: string } & Record<string, unknown>;

export interface ChildLink {
  table: () => Table<DomainRow>;
  /** The child's field holding the parent's id. */
  foreignKey: string;
  /** What deleting the parent does to its children. */
  onDelete: 'cascade' | 'nullify' | 'restrict';
  /** Shown when `restrict` refuses the delete. */
  restrictMessage?: string;
}

export interface TableSpec {
  entity: EntityName;
  table: string;
  /** Every field but id and the timestamps, with the kind of its column (named in snake_case). */
  fields: Record<string, ColumnKind>;
  children?: ChildLink[];
  /** The plan and team a row belongs to, recorded in the change history for the per-plan view. */
  scope: (row: DomainRow, reader: ScopeReader) => Scope;
  /** Words for error messages: "team", "small step". */
  label: string;
}

/** A row's fields without its identity and stamps: what a copy of it is made from. */
export function fieldsOf<Row extends DomainRow>(row: Row): Omit<Row, 'id' | 'createdAt' | 'updatedAt'> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = row;
  return fields;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One table of the domain: maps rows between SQLite and the domain's camelCase objects.
 * Its statements are written once from the table's fixed column list, never from input.
 */
export class Table<Row extends DomainRow> {
  private readonly columns: [field: string, column: string, kind: ColumnKind][];
  /** A row by its id. */
  private readonly selectById: string;
  /** The insert of a row up to its VALUES, which `insertRows` gives one row or many. */
  private readonly insertHead: string;

  constructor(readonly spec: TableSpec) {
    this.columns = [
      ['id', 'id', 'text'],
      ...Object.entries(spec.fields).map(([f, k]): [string, string, ColumnKind] => [f, snake(f), k]),
      ['createdAt', 'created_at', 'text'],
      ['updatedAt', 'updated_at', 'text'],
    ];
    const t = spec.table;
    const cols = this.columns.map(([, c]) => c);
    this.selectById = `SELECT * FROM ${t} WHERE id = ?`;
    this.insertHead = `INSERT INTO ${t} (${cols.join(', ')})`;
  }

  get entity(): EntityName {
    return this.spec.entity;
  }

  /** Maps a row read from SQLite (snake_case, 0/1, JSON text) to the domain object. */
  fromDb = (raw: Record<string, unknown>): Row => {
    const row: Record<string, unknown> = {};
    for (const [field, column, kind] of this.columns) {
      const value = raw[column];
      row[field] =
        value === null || value === undefined
          ? null
          : kind === 'bool'
            ? value === 1
            : kind === 'json'
              ? JSON.parse(value as string)
              : value;
    }
    return row as Row;
  };

  toDb(row: Row): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [field, column, kind] of this.columns) {
      const value = row[field];
      out[column] =
        value === null || value === undefined
          ? null
          : kind === 'bool'
            ? value
              ? 1
              : 0
            : kind === 'json'
              ? JSON.stringify(value)
              : value;
    }
    return out;
  }

  find(db: Db, id: string): Row | undefined {
    const raw = prepared(db, this.selectById).get(id) as Record<string, unknown> | undefined;
    return raw && this.fromDb(raw);
  }

  get(db: Db, id: string): Row {
    const row = this.find(db, id);
    if (!row)
      throw new DomainError('not-found', `No ${this.spec.label} has this id; it may have been deleted.`);
    return row;
  }

  /** Adds rows, many to a statement: a plan-file import's thousands of steps. */
  insert(db: Db, rows: readonly Row[]): void {
    insertRows(
      db,
      this.insertHead,
      this.columns.length,
      rows.map((row) => {
        const values = this.toDb(row);
        return this.columns.map(([, column]) => values[column]);
      }),
    );
  }

  /**
   * Changes rows from `before` to `after`, setting only the columns that differ: an index whose columns
   * kept their values is not rewritten (a score's new level leaves the index by dimension alone). Rows
   * that change the same columns go many to a statement (a grid's 34 new levels in two). No row may come
   * twice. The creation stamp never changes.
   */
  write(db: Db, changes: readonly (readonly [before: Row, after: Row])[]): void {
    const rowsByColumns = new Map<string, unknown[][]>();
    for (const [before, after] of changes) {
      const old = this.toDb(before);
      const values = this.toDb(after);
      const changed = this.columns
        .map(([, column]) => column)
        .filter((column) => column !== 'id' && column !== 'created_at' && values[column] !== old[column]);
      if (changed.length === 0) continue;
      const key = changed.join(',');
      let rows = rowsByColumns.get(key);
      if (!rows) rowsByColumns.set(key, (rows = []));
      rows.push([...changed.map((column) => values[column]), after.id]);
    }
    for (const [key, rows] of rowsByColumns) updateRows(db, this.spec.table, key.split(','), rows);
  }

  /** Removes rows by id, many to a statement: an import undone. */
  delete(db: Db, ids: readonly string[]): void {
    deleteRows(db, this.spec.table, ids);
  }

  /** Ids of the rows whose `field` holds `value`: used to walk a parent's children. */
  idsWhere(db: Db, field: string, value: string): string[] {
    if (!(field in this.spec.fields)) throw new Error(`${this.spec.table} has no field ${field}`);
    return prepared(db, `SELECT id FROM ${this.spec.table} WHERE ${snake(field)} = ?`, 'pluck').all(
      value,
    ) as string[];
  }
}

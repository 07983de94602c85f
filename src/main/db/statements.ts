import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

type Mode = 'rows' | 'pluck' | 'raw';

const byConnection = new WeakMap<Db, Record<Mode, Map<string, Statement>>>();

/**
 * A statement compiled once per connection and kept: writes run the same few statements for every row
 * they touch (an import, thousands), and compiling one costs more than running it. `pluck` and `raw`
 * (rows as arrays) are fixed when it is prepared, so that no caller changes the mode under another.
 */
export function prepared(db: Db, sql: string, mode: Mode = 'rows'): Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = { rows: new Map(), pluck: new Map(), raw: new Map() };
    byConnection.set(db, statements);
  }
  // Keyed by the SQL text itself, whose hash the engine keeps: a key built per call would be hashed again.
  let statement = statements[mode].get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (mode === 'pluck') statement.pluck();
    if (mode === 'raw') statement.raw();
    statements[mode].set(sql, statement);
  }
  return statement;
}

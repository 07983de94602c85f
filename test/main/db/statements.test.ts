import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertRows, updateRows } from '../../../src/main/db/statements';

/** A database that keeps the text of every statement it runs. */
function tracedDb() {
  const statements: string[] = [];
  const db = new Database(':memory:', { verbose: (sql) => statements.push(String(sql)) });
  return { db, statements };
}

describe('insertRows', () => {
  it.each([0, 1, 49, 50, 51, 123])('adds %i rows whole and in order, whole statements first', (count) => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (n INTEGER NOT NULL, label TEXT)');
    const rows = Array.from({ length: count }, (_, i) => [i * 7, i % 3 === 0 ? null : `row ${i}`]);
    insertRows(db, 'INSERT INTO t (n, label)', 2, rows);
    expect(db.prepare('SELECT n, label FROM t ORDER BY rowid').raw().all()).toEqual(rows);
    db.close();
  });

  it.each([
    [34, [32, 2]],
    [49, [32, 16, 1]],
    [123, [50, 50, 16, 4, 2, 1]],
  ])('adds %i rows in statements of %j rows', (count, sizes) => {
    const { db, statements } = tracedDb();
    db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    statements.length = 0;
    insertRows(
      db,
      'INSERT INTO t (n)',
      1,
      Array.from({ length: count }, (_, i) => [i]),
    );
    expect(statements.map((sql) => sql.split('(').length - 2)).toEqual(sizes);
    db.close();
  });
});

describe('updateRows', () => {
  it.each([0, 1, 34, 123])('sets the columns of %i rows by id, and nothing else', (count) => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, level INTEGER NOT NULL, note TEXT, kept TEXT) STRICT');
    const ids = Array.from({ length: 300 }, (_, i) => `id-${i}`);
    insertRows(
      db,
      'INSERT INTO t (id, level, note, kept)',
      4,
      ids.map((id, i) => [id, i, `note ${i}`, `kept ${i}`]),
    );
    // Every other row from the middle on, in reverse: the order of the rows given does not matter.
    const changed = ids
      .filter((_, i) => i >= 10 && i % 2 === 0)
      .slice(0, count)
      .reverse();
    expect(changed).toHaveLength(count);
    updateRows(
      db,
      't',
      ['level', 'note'],
      changed.map((id) => [100 + Number(id.slice(3)), null, id]),
    );
    const rows = db.prepare('SELECT id, level, note, kept FROM t ORDER BY rowid').raw().all();
    expect(rows).toEqual(
      ids.map((id, i) =>
        changed.includes(id) ? [id, 100 + i, null, `kept ${i}`] : [id, i, `note ${i}`, `kept ${i}`],
      ),
    );
    db.close();
  });

  it('sets a row alone by its id, and more by one statement joined to their values', () => {
    const { db, statements } = tracedDb();
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, level INTEGER NOT NULL) STRICT');
    insertRows(
      db,
      'INSERT INTO t (id, level)',
      2,
      ['a', 'b', 'c'].map((id) => [id, 0]),
    );
    statements.length = 0;
    updateRows(
      db,
      't',
      ['level'],
      [
        [5, 'a'],
        [6, 'b'],
        [7, 'c'],
      ],
    );
    expect(statements).toEqual([
      // (JavaScript's numbers are bound as reals: 5.0.)
      expect.stringMatching(
        /^UPDATE t AS t SET level = v\.column1 FROM \(VALUES \(5(\.0)?, 'a'\), \(6(\.0)?, 'b'\)\) AS v\s+WHERE t\.id = v\.column2$/,
      ),
      expect.stringMatching(/^UPDATE t SET level = 7(\.0)? WHERE id = 'c'$/),
    ]);
    expect(db.prepare('SELECT id, level FROM t').raw().all()).toEqual([
      ['a', 5],
      ['b', 6],
      ['c', 7],
    ]);
    db.close();
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertRows } from '../../../src/main/db/statements';

describe('insertRows', () => {
  it.each([0, 1, 49, 50, 51, 123])('adds %i rows whole and in order, whole statements first', (count) => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (n INTEGER NOT NULL, label TEXT)');
    const rows = Array.from({ length: count }, (_, i) => [i * 7, i % 3 === 0 ? null : `row ${i}`]);
    insertRows(db, 'INSERT INTO t (n, label)', 2, rows);
    expect(db.prepare('SELECT n, label FROM t ORDER BY rowid').raw().all()).toEqual(rows);
    db.close();
  });
});

import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { initialSchema } from '../../src/main/db/migrations/001-initial-schema';

/**
 * A database as the first version of Stepwise left it (schema 1), holding the given teams, written in one
 * transaction: for tests of what opening it (and so migrating it) does.
 */
export function writeSchemaOneDatabase(path: string, teams: readonly string[]): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      initialSchema.up(db, { now: '2025-01-01T00:00:00.000Z' });
      const insert = db.prepare(
        `INSERT INTO teams (id, name, colour, created_at, updated_at)
         VALUES (?, ?, '#123456', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      );
      for (const name of teams) insert.run(randomUUID(), name);
      db.pragma('user_version = 1');
    })();
  } finally {
    db.close();
  }
}

import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '@shared/result';
import { schemaVersionOf, type Db } from './connection';
import { migrations } from './migrations';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db, context: MigrationContext) => void;
}

export interface MigrationContext {
  /** When the migration runs, as an ISO instant: the created/updated stamp of rows it writes. */
  now: string;
}

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;

export interface MigrationOutcome {
  from: number;
  to: number;
  /** The copy of the file taken before migrating it, when there was anything to keep. */
  backupPath: string | null;
}

/**
 * Brings a database to the latest schema, one transaction per migration. A file that already holds
 * data is copied first; a file written by a newer Stepwise is refused untouched.
 */
export function migrate(db: Db, options: { now: string; backupDir?: string }): MigrationOutcome {
  assertKnownSchema(db);
  const from = schemaVersionOf(db);
  if (from === latestSchemaVersion) return { from, to: from, backupPath: null };
  const backupPath = from > 0 && db.name !== ':memory:' ? backupBeforeMigration(db, from, options) : null;
  for (const migration of migrations.filter((m) => m.version > from)) {
    db.transaction(() => {
      migration.up(db, { now: options.now });
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latestSchemaVersion, backupPath };
}

/** Refuses a database written by a newer Stepwise, before anything writes to it. */
export function assertKnownSchema(db: Db): void {
  const version = schemaVersionOf(db);
  if (version > latestSchemaVersion) {
    throw new DomainError(
      'database-newer',
      `This database was written by a newer version of Stepwise (schema ${version}; this version knows up to ` +
        `${latestSchemaVersion}). Update Stepwise to open it; the file has not been changed.`,
    );
  }
}

function backupBeforeMigration(db: Db, from: number, options: { now: string; backupDir?: string }): string {
  const dir = options.backupDir ?? join(dirname(db.name), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = options.now.replace(/[:.]/g, '-');
  const path = join(
    dir,
    `${basename(db.name, '.db')}-${stamp}-before-v${latestSchemaVersion}-from-v${from}.db`,
  );
  db.prepare('VACUUM INTO ?').run(path);
  return path;
}

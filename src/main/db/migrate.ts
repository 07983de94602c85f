import { DomainError } from '@shared/result';
import type { BackupFolder } from '../backup/folder';
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
 * Brings a database to the latest schema. A file that already holds data is copied first (a checked
 * backup); a file written by a newer Stepwise is refused untouched. The pending migrations run in one
 * transaction, each in a savepoint of its own: if any fails, none of them is applied and the file keeps
 * its data and version. `steps` replaces the app's migrations, for tests of that promise.
 */
export function migrate(
  db: Db,
  options: { now: string; backups: BackupFolder; steps?: readonly Migration[] },
): MigrationOutcome {
  assertKnownSchema(db);
  const steps = options.steps ?? migrations;
  const from = schemaVersionOf(db);
  const to = steps.at(-1)?.version ?? from;
  if (from >= to) return { from, to: from, backupPath: null };
  const backupPath =
    from > 0
      ? options.backups.pathOf(
          options.backups.copySync(db, 'pre-migration', options.now, { fromVersion: from }),
        )
      : null;
  db.transaction(() => {
    for (const migration of steps.filter((m) => m.version > from)) {
      db.transaction(() => {
        migration.up(db, { now: options.now });
        db.pragma(`user_version = ${migration.version}`);
      })();
    }
  })();
  return { from, to, backupPath };
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

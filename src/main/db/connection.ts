import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens a database file with the pragmas the app relies on, all set here and nowhere else.
 * WAL with synchronous=FULL: a committed change survives a crash or power loss.
 */
export function openDatabase(
  path: string,
  options: { readonly?: boolean; beforeWriting?: (db: Db) => void; trace?: (sql: string) => void } = {},
): Db {
  const { trace } = options;
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(trace ? { verbose: (sql: unknown) => trace(String(sql)) } : {}),
  });
  db.pragma('busy_timeout = 5000');
  try {
    // Runs before the pragmas below, which write to the file (switching to WAL rewrites its header).
    options.beforeWriting?.(db);
  } catch (error) {
    db.close();
    throw error;
  }
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('optimize');
  db.close();
}

export const schemaVersionOf = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

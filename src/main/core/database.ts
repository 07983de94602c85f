/**
 * The core's database file through its life: opened with a check after an unclean exit, moved aside when
 * damaged, copied to backups, replaced by a backup, and switched to read-only when the disk is full.
 * The core reaches the connection only through `db`, so that a replaced file is never written through
 * an old connection.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SqliteError } from 'better-sqlite3';
import type {
  Backup,
  BackupKind,
  BackupList,
  Health,
  RecoverChoice,
  Recovery,
  RestoreOutcome,
} from '@shared/domain/backups';
import type { Language } from '@shared/domain/settings';
import { DomainError } from '@shared/result';
import { BackupFolder, checkDatabaseFile, type CopyUnderWay } from '../backup/folder';
import { copyInWorker } from '../backup/worker';
import { closeDatabase, logCheckpointPages, openDatabase, quickCheck, type Db } from '../db/connection';
import { fsyncFile, moveDatabase } from '../db/files';
import { reserveLogSpace } from '../db/logSpace';
import { markOpen, removeMarkers, uncleanExits } from '../db/markers';
import { assertKnownSchema, latestSchemaVersion, migrate, type MigrationOutcome } from '../db/migrate';
import { refreshLevelSummary } from '../db/levelSummary';
import { writeSettings } from '../settings/repository';

export interface DatabaseOptions {
  dbPath: string;
  /** Where backups go (default: `backups/` beside the database). */
  backupDir?: string;
  clock: () => Date;
  trace?: (sql: string) => void;
  /** Caps the file's size in pages (tests of a full disk). */
  maxPageCount?: number;
  /** Frames of log written ahead at each opening (default: what the log holds at SQLite's own checkpoint). */
  logReserve?: number;
  /** The built backup worker (`backupWorker.js`): backups are taken there (default: in this thread). */
  backupWorkerUrl?: URL | string;
  /** The language a new file's settings start in (default: English, as `defaultSettings` has it). */
  systemLanguage?: Language;
}

export interface DatabaseEvents {
  /** Read-only mode began or ended, or a recovery finished. */
  health(health: Health): void;
  /** The file was replaced by a backup or a fresh one: everything shown must be read again. */
  replaced(): void;
}

/** What the backup and recovery channels may ask of the database. */
export interface Maintenance {
  readonly health: Health;
  resumeWriting(): Health;
  listBackups(): BackupList;
  backupNow(kind: BackupKind): Promise<Backup>;
  restore(id: string): Promise<RestoreOutcome>;
  recover(choice: RecoverChoice): Promise<Health>;
  readonly backupFolder: string;
}

/** A copy under way, of the connection that held `changes` changes. */
interface Started extends CopyUnderWay {
  db: Db;
  changes: number;
}

/** A backup started for an import, of the data holding `changes` changes. */
interface ImportCopy {
  changes: number;
  started: Promise<Started>;
  /** It could not be taken. */
  failed: boolean;
}

/** The backup an import's transaction (its first) waits for, where it is copied in a worker. */
export interface ImportBackup {
  /** As the transaction begins: the data must be as the backup found it, else the import is refused. */
  assertCurrent(): void;
  /** Before it commits: blocks until the backup is taken and named; throws why it could not be. */
  finish(): void;
  /** Settles once the backup is taken, or could not be. */
  settled: Promise<unknown>;
}

/** The startup check found the file unsound. */
class DamagedDatabase extends Error {}

const dayMs = 24 * 60 * 60 * 1000;
const routineKinds: readonly BackupKind[] = ['scheduled', 'manual'];

const isDamage = (error: unknown) =>
  error instanceof DamagedDatabase ||
  (error instanceof SqliteError &&
    (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB'));

const notOpen = () =>
  new DomainError(
    'recovery-needed',
    'Stepwise could not open its data file: choose a backup or a fresh start first.',
  );

const totalChanges = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number;

/** How long writes must pause before the log is copied into the file. */
const checkpointPauseMs = 1_000;

export class CoreDatabase implements Maintenance {
  private connection: Db | null = null;
  private damaged: Omit<Recovery, 'latestBackup'> | null = null;
  private readOnlySince: string | null = null;
  private marker: string | null = null;
  /** A call met a damaged page: the marker stays at close, so that the next start checks the file. */
  private suspect = false;
  /** The newest backup of this connection, and its count of changes then: unchanged data is not copied twice. */
  private lastCopy: { id: string; changes: number } | null = null;
  /** The backup the latest import, or its preview, started. */
  private importCopy: ImportCopy | null = null;
  /** Backups, restores and recoveries run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Set while the file is being replaced: calls wait for the new one. */
  private replacing: Promise<unknown> | null = null;
  /** Bumped each time the file is replaced, so that work begun on the old file does not land on the new. */
  generation = 0;
  /** Armed by each write: fires once writes pause, to copy the log into the file. */
  private checkpointTimer: NodeJS.Timeout | null = null;
  migration: MigrationOutcome = { from: 0, to: 0, backupPath: null };
  readonly backups: BackupFolder;

  private constructor(
    private readonly options: DatabaseOptions,
    private readonly events: DatabaseEvents,
  ) {
    this.backups = BackupFolder.beside(
      options.dbPath,
      options.backupDir,
      options.backupWorkerUrl === undefined ? undefined : copyInWorker(options.backupWorkerUrl),
    );
  }

  /**
   * Opens the file, checking it first if a process died with it open. A damaged file is moved aside and
   * the database starts in recovery: no connection until the user chooses a backup or a fresh start.
   * A newer schema or a failed migration still throws: those files are sound and stay where they are.
   */
  static open(options: DatabaseOptions, events: DatabaseEvents): CoreDatabase {
    const database = new CoreDatabase(options, events);
    database.finishInterruptedRestore();
    database.backups.removeUnfinished();
    const unclean = uncleanExits(options.dbPath);
    try {
      database.attach(database.openFile(unclean.length > 0));
    } catch (error) {
      if (!isDamage(error)) throw error;
      database.setAside(error);
    }
    removeMarkers(unclean);
    return database;
  }

  private get now(): string {
    return this.options.clock().toISOString();
  }

  private get path(): string {
    return this.options.dbPath;
  }

  get backupFolder(): string {
    return this.backups.dir;
  }

  /** The open connection; refused while the user has not chosen how to recover. */
  get db(): Db {
    if (this.connection === null) throw notOpen();
    return this.connection;
  }

  assertOpen(): void {
    if (this.connection === null) throw notOpen();
  }

  /** Calls wait here while the file is being replaced. */
  idle(): Promise<void> {
    return this.replacing ? this.replacing.then(() => undefined) : Promise.resolve();
  }

  /** Refuses work begun before the file was replaced. */
  assertGeneration(generation: number): void {
    if (generation !== this.generation) {
      throw new DomainError(
        'conflict',
        'The data was replaced by a backup while this was under way: start again.',
      );
    }
  }

  get health(): Health {
    return {
      readOnly: this.readOnlySince === null ? null : { reason: 'disk-full', since: this.readOnlySince },
      recovery: this.damaged && {
        ...this.damaged,
        latestBackup: this.backups.list().find((b) => b.verified) ?? null,
      },
    };
  }

  /** Learns from a failed call: a full disk makes the connection read-only, a damaged page is remembered. */
  noteFailure(error: unknown): void {
    if (!(error instanceof SqliteError)) return;
    if (error.code === 'SQLITE_FULL') this.enterReadOnly();
    if (isDamage(error)) this.suspect = true;
  }

  get readOnly(): boolean {
    return this.readOnlySince !== null;
  }

  /** The user freed some space: writes are tried again (and the next full disk makes it read-only again). */
  resumeWriting(): Health {
    if (this.readOnlySince !== null) {
      this.connection?.pragma('query_only = OFF');
      this.readOnlySince = null;
      this.events.health(this.health);
    }
    return this.health;
  }

  listBackups(): BackupList {
    return { folder: this.backups.dir, backups: this.backups.list() };
  }

  backupNow(kind: BackupKind): Promise<Backup> {
    return this.takeBackup(kind).backup;
  }

  /**
   * Starts a backup once those before it are done: `started` resolves as its copy starts (or rejects if
   * it cannot), `backup` once it is taken.
   */
  private takeBackup(kind: BackupKind): { started: Promise<Started>; backup: Promise<Backup> } {
    const started = Promise.withResolvers<Started>();
    // A caller may want only the backup; a copy that could not start is its failure too.
    started.promise.catch(() => undefined);
    const backup = this.serially(async () => {
      let copy: Started;
      try {
        const db = this.db;
        copy = { db, changes: totalChanges(db), ...this.backups.start(db, kind, this.now) };
      } catch (error) {
        started.reject(error);
        throw error;
      }
      started.resolve(copy);
      const backup = await copy.backup;
      this.noteCopy(copy, backup);
      this.backups.prune(this.options.clock());
      return backup;
    });
    return { started: started.promise, backup };
  }

  /** The connection may have been closed or replaced while the copy was taken. */
  private noteCopy({ db, changes }: Started, backup: Backup): void {
    if (this.connection === db) this.lastCopy = { id: backup.id, changes };
  }

  /** Takes a scheduled backup when the newest routine one is a day old or there is none. */
  async backupIfDue(): Promise<Backup | null> {
    if (this.connection === null) return null;
    const latest = this.backups.list().find((b) => routineKinds.includes(b.kind));
    const age = latest ? this.options.clock().getTime() - new Date(latest.createdAt).getTime() : Infinity;
    return age >= dayMs ? this.backupNow('scheduled') : null;
  }

  /**
   * As an import's preview begins: starts the backup the import will need, to be taken while the user
   * chooses the file and reads the preview. A failure here is the import's to report, when it tries again.
   */
  startBackupBeforeImport(): void {
    if (!this.holdsLatestCopy() && !this.importCopyHolds(this.importCopy)) this.copyForImport();
  }

  /**
   * Before an import writes: a backup of the data as it is. Unless the newest backup already holds it,
   * the one the preview started is used, or another is started. Copied in this thread, it is awaited
   * here; copied in a worker, it goes on while the import merges, and the import's commit waits for it
   * (`ImportBackup`): the import lands only once a sound copy of the data before it is kept.
   */
  async backupBeforeImport(): Promise<ImportBackup | null> {
    if (this.holdsLatestCopy()) return null;
    const pending = this.importCopyHolds(this.importCopy) ? this.importCopy : this.copyForImport();
    let copy = await pending.started;
    // Calls answered while the copy waited its turn may have written: it must hold their changes too.
    if (!this.importCopyHolds(pending)) copy = await this.copyForImport().started;
    const { finishNow } = copy;
    if (finishNow === null) {
      await copy.backup;
      return null;
    }
    // Once the first write commits, any more of the same import follow it, as they would any change.
    let taken = false;
    return {
      assertCurrent: () => {
        if (!taken && totalChanges(this.db) !== copy.changes) {
          throw new DomainError('conflict', 'The data changed as the import began: import the file again.');
        }
      },
      finish: () => {
        if (taken) return;
        this.noteCopy(copy, finishNow());
        taken = true;
      },
      settled: copy.backup.catch(() => undefined),
    };
  }

  private holdsLatestCopy(): boolean {
    const last = this.lastCopy;
    return (
      last !== null && totalChanges(this.db) === last.changes && existsSync(join(this.backups.dir, last.id))
    );
  }

  /** A backup for an import under way, or taken, of the data as it is now. */
  private importCopyHolds(copy: ImportCopy | null): copy is ImportCopy {
    return copy !== null && !copy.failed && copy.changes === totalChanges(this.db);
  }

  private copyForImport(): ImportCopy {
    const { started, backup } = this.takeBackup('pre-import');
    const copy: ImportCopy = { changes: totalChanges(this.db), started, failed: false };
    // The import that waits for it reports its failure.
    backup.catch(() => (copy.failed = true));
    this.importCopy = copy;
    return copy;
  }

  /**
   * Replaces the data with a backup. The backup is checked and copied beside the database first; then,
   * with nothing else running, the current file is closed and moved into the backup folder (so that the
   * restore can itself be undone) and the copy takes its place.
   */
  restore(id: string): Promise<RestoreOutcome> {
    return this.replacingFile(() => {
      const chosen = this.backups.find(id);
      const db = this.db;
      const staged = this.stage(chosen);
      const sound = quickCheck(db) === null;
      this.detach();
      let keptAside: Backup;
      try {
        keptAside = this.backups.adopt(this.path, 'pre-restore', this.now, sound);
      } catch (error) {
        this.attach(this.openFile(false));
        throw error;
      }
      try {
        moveDatabase(staged, this.path);
        this.attach(this.openFile(false));
      } catch (error) {
        // The data goes back as it was; the error says why the backup could not be used.
        moveDatabase(this.backups.pathOf(keptAside), this.path);
        this.attach(this.openFile(false));
        this.replaced();
        throw error;
      }
      this.replaced();
      this.backups.prune(this.options.clock());
      return { restored: chosen, keptAside };
    });
  }

  /** Leaves recovery: from a backup, or with a fresh database where the damaged file was. */
  recover(choice: RecoverChoice): Promise<Health> {
    return this.replacingFile(() => {
      if (this.damaged === null) {
        throw new DomainError('conflict', 'The data file is open: there is nothing to recover.');
      }
      if (choice.from === 'backup') moveDatabase(this.stage(this.backups.find(choice.id)), this.path);
      this.attach(this.openFile(false));
      this.damaged = null;
      this.replaced();
      return this.health;
    });
  }

  /**
   * Closes the file once the backups and restores under way are done: a backup the user asked for is
   * kept, and none is still naming or pruning files in the folder when another opens it.
   */
  close(): Promise<void> {
    return this.serially(async () => this.detach());
  }

  /**
   * A write was committed. The log is copied into the file once writes pause for a second, not inside the
   * write that happens to fill it (SQLite's own checkpoint, at 1000 pages by default, would make that write
   * wait for thousands of pages to be written and synced); `openDatabase` keeps SQLite's own for a log
   * that writes never let pause.
   */
  noteWrite(): void {
    if (this.checkpointTimer !== null) {
      this.checkpointTimer.refresh();
      return;
    }
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.checkpoint();
    }, checkpointPauseMs);
    // A pending checkpoint does not keep a script alive: closing the connection checkpoints anyway.
    this.checkpointTimer.unref();
  }

  private checkpoint(): void {
    const db = this.connection;
    if (db === null || this.readOnlySince !== null) return;
    try {
      // PASSIVE: it copies what no reader still needs and never waits; a busy file is done next pause.
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // The committed changes are safe in the log whatever happens here; a full disk turns read-only.
      this.noteFailure(error);
    }
  }

  private enterReadOnly(): void {
    if (this.readOnlySince !== null || this.connection === null) return;
    this.connection.pragma('query_only = ON');
    this.readOnlySince = this.now;
    this.events.health(this.health);
  }

  private openFile(check: boolean): Db {
    const db = openDatabase(this.path, {
      beforeWriting: (opened) => {
        assertKnownSchema(opened);
        const problem = check ? quickCheck(opened) : null;
        if (problem !== null) throw new DamagedDatabase(problem);
      },
      ...(this.options.trace ? { trace: this.options.trace } : {}),
      ...(this.options.maxPageCount === undefined ? {} : { maxPageCount: this.options.maxPageCount }),
    });
    try {
      this.migration = migrate(db, { now: this.now, backups: this.backups });
      // A new file speaks the user's language from the start; one in use keeps the language it has.
      const { systemLanguage } = this.options;
      if (this.migration.from === 0 && systemLanguage)
        writeSettings(db, { language: systemLanguage }, this.now);
      if (!db.readonly) db.transaction(() => refreshLevelSummary(db))(); // rows written outside the core
      reserveLogSpace(db, this.options.logReserve ?? logCheckpointPages);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  private attach(db: Db): void {
    this.connection = db;
    this.marker = markOpen(this.path, this.now);
    this.lastCopy = null;
    this.readOnlySince = null;
    this.suspect = false;
  }

  private detach(): void {
    const db = this.connection;
    this.connection = null;
    if (this.checkpointTimer !== null) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    if (db === null) return;
    try {
      closeDatabase(db);
    } finally {
      if (this.marker !== null && !this.suspect) removeMarkers([this.marker]);
      this.marker = null;
    }
  }

  /** Moves a damaged file and its log aside, under a name that says so; nothing is deleted. */
  private setAside(error: unknown): void {
    const stem = basename(this.path, '.db');
    const aside = join(dirname(this.path), `${stem}-${this.now.replace(/[:.]/g, '-')}-damaged.db`);
    const moved = moveDatabase(this.path, aside);
    this.damaged = {
      reason: 'damaged',
      detail: error instanceof Error ? error.message : String(error),
      keptAs: moved.map((path) => basename(path)),
      dataFolder: dirname(this.path),
    };
  }

  /** Where a backup waits, checked and complete, to replace the database in one rename. */
  private get stagingPath(): string {
    return `${this.path}.restoring`;
  }

  private stage(backup: Backup): string {
    const { problem, schemaVersion } = checkDatabaseFile(this.backups.pathOf(backup));
    if (problem !== null) {
      throw new DomainError(
        'invalid-input',
        `This backup is damaged (${problem}): choose another one.`,
        'id',
      );
    }
    if (schemaVersion !== null && schemaVersion > latestSchemaVersion) {
      throw new DomainError('database-newer', 'This backup was made by a newer version of Stepwise.', 'id');
    }
    copyFileSync(this.backups.pathOf(backup), this.stagingPath);
    fsyncFile(this.stagingPath);
    return this.stagingPath;
  }

  /**
   * A restore stopped by a crash between moving the old file away and putting the backup in its place
   * leaves the staged copy and no database: it is finished. A staged copy beside a database was never
   * used: it goes.
   */
  private finishInterruptedRestore(): void {
    if (!existsSync(this.stagingPath)) return;
    if (existsSync(this.path)) rmSync(this.stagingPath, { force: true });
    else moveDatabase(this.stagingPath, this.path);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The file was replaced: work begun on the old one is refused, and everything shown is read again. */
  private replaced(): void {
    this.generation += 1;
    this.events.replaced();
    this.events.health(this.health);
  }

  /** Runs a replacement of the file after any backup under way, holding back other calls meanwhile. */
  private replacingFile<T>(work: () => T): Promise<T> {
    const run = this.serially(async () => work());
    const replacing = run.catch(() => undefined);
    this.replacing = replacing;
    void replacing.then(() => {
      if (this.replacing === replacing) this.replacing = null;
    });
    return run;
  }
}

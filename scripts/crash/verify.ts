/**
 * What the crash test checks after each kill: the database opens as the app opens it, passes
 * `integrity_check` and `foreign_key_check`, holds every transaction the writer reported, and no batch
 * in it is half there. The databases migrated by the writer and every backup are checked the same way.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Backup, Health } from '@shared/domain/backups';
import type { Result } from '@shared/result';
import { BackupFolder, checkDatabaseFile } from '../../src/main/backup/folder';
import { rotation } from '../../src/main/backup/rotation';
import { openCore } from '../../src/main/core/core';
import { latestSchemaVersion } from '../../src/main/db/migrate';
import { importTitlePattern, layout, oldFilePattern, stepTitlePattern, type Commit } from './protocol';

/** Every transaction reported so far, by what it wrote. */
export class Ledger {
  readonly steps = new Map<string, number>();
  readonly assessments = new Map<string, number>();
  readonly imports = new Set<string>();
  readonly singles = new Set<string>();
  /** Backups already checked: each is checked once. */
  readonly checkedBackups = new Set<string>();

  record(commit: Commit): void {
    if (commit.kind === 'steps') this.steps.set(commit.batch, commit.count);
    if (commit.kind === 'assessment') this.assessments.set(commit.id, commit.count);
    if (commit.kind === 'planImport') this.imports.add(commit.batch);
    if (commit.kind === 'step') this.singles.add(commit.id);
  }
}

export interface Findings {
  lost: string[];
  corrupt: string[];
}

type Row = Record<string, unknown>;

/** Checks the folder after a kill; `commits` are the ones reported by the writer that was killed. */
export async function verify(dir: string, commits: readonly Commit[], ledger: Ledger): Promise<Findings> {
  const findings: Findings = { lost: [], corrupt: [] };
  const paths = layout(dir);
  commits.forEach((commit) => ledger.record(commit));
  if (!existsSync(paths.db)) {
    // Killed before the first writer opened it.
    if (commits.length > 0) findings.lost.push('the database file is gone');
    return findings;
  }

  const backups = await openAsTheAppDoes(paths.db, findings);
  if (findings.corrupt.length > 0) return findings;

  const db = new Database(paths.db, { readonly: true });
  try {
    checkFile(db, 'the database', findings);
    checkSteps(db, ledger, findings);
    checkAssessments(db, ledger, findings);
    checkImports(db, ledger, template(paths.template), findings);
    const singles = new Set(db.prepare("SELECT id FROM steps WHERE title = 'crash single'").pluck().all());
    for (const id of ledger.singles) if (!singles.has(id)) findings.lost.push(`step ${id}`);
  } finally {
    db.close();
  }
  checkBackups(BackupFolder.beside(paths.db), backups, commits, ledger, findings);
  checkOldDatabases(paths.old, commits, findings);
  return findings;
}

/** The startup path of the app: unclean-exit check, recovery if damaged. Returns the backups it lists. */
async function openAsTheAppDoes(path: string, findings: Findings): Promise<Backup[]> {
  let core;
  try {
    core = openCore({ dbPath: path });
  } catch (error) {
    findings.corrupt.push(`the app cannot open the database: ${String(error)}`);
    return [];
  }
  try {
    const health = (await core.invoke('app.health', {})) as Result<Health>;
    if (!health.ok || health.value.recovery !== null) {
      findings.corrupt.push(`the app found the database damaged: ${JSON.stringify(health)}`);
      return [];
    }
    const list = (await core.invoke('backup.list', {})) as Result<{ backups: Backup[] }>;
    return list.ok ? list.value.backups : [];
  } finally {
    await core.close();
  }
}

function checkFile(db: Database.Database, name: string, findings: Findings): void {
  const integrity = db.pragma('integrity_check') as Row[];
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
    findings.corrupt.push(`${name}: integrity_check says ${JSON.stringify(integrity.slice(0, 3))}`);
  }
  const keys = db.pragma('foreign_key_check') as Row[];
  if (keys.length > 0)
    findings.corrupt.push(`${name}: foreign_key_check says ${JSON.stringify(keys.slice(0, 3))}`);
}

function checkSteps(db: Database.Database, ledger: Ledger, findings: Findings): void {
  const batches = new Map<string, { expected: number; indexes: Set<number> }>();
  for (const title of db.prepare("SELECT title FROM steps WHERE title LIKE 'crash %/%'").pluck().all()) {
    const match = stepTitlePattern.exec(String(title));
    if (!match) continue;
    const [, batch = '', index, count] = match;
    const entry = batches.get(batch) ?? { expected: Number(count), indexes: new Set() };
    entry.indexes.add(Number(index));
    batches.set(batch, entry);
  }
  for (const [batch, { expected, indexes }] of batches) {
    if (indexes.size !== expected)
      findings.corrupt.push(`register import ${batch}: ${indexes.size} of ${expected} steps`);
  }
  for (const [batch, count] of ledger.steps) {
    if (!batches.has(batch)) findings.lost.push(`register import ${batch} (${count} steps)`);
  }
}

function checkAssessments(db: Database.Database, ledger: Ledger, findings: Findings): void {
  const rows = db
    .prepare(
      `SELECT a.id, a.note, (SELECT count(*) FROM assessment_scores s WHERE s.assessment_id = a.id) AS scores
       FROM assessments a WHERE a.note LIKE 'crash %'`,
    )
    .all() as { id: string; note: string; scores: number }[];
  const found = new Set<string>();
  for (const { id, note, scores } of rows) {
    found.add(id);
    const expected = Number(note.slice('crash '.length));
    if (scores !== expected) findings.corrupt.push(`assessment ${id}: ${scores} of ${expected} scores`);
  }
  for (const id of ledger.assessments.keys()) if (!found.has(id)) findings.lost.push(`assessment ${id}`);
}

/** The counts every imported plan must have: the template's. */
function template(path: string): { targets: number; steps: number } | null {
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as { targets: unknown[]; steps: unknown[] };
  return { targets: file.targets.length, steps: file.steps.length };
}

function checkImports(
  db: Database.Database,
  ledger: Ledger,
  expected: { targets: number; steps: number } | null,
  findings: Findings,
): void {
  const rows = db
    .prepare(
      `SELECT p.title,
         (SELECT count(*) FROM targets t WHERE t.plan_id = p.id) AS targets,
         (SELECT count(*) FROM steps s WHERE s.plan_id = p.id) AS steps
       FROM plans p WHERE p.title LIKE 'crash import %'`,
    )
    .all() as { title: string; targets: number; steps: number }[];
  const found = new Set<string>();
  for (const row of rows) {
    const batch = importTitlePattern.exec(row.title)?.[1] ?? row.title;
    found.add(batch);
    if (expected && (row.targets !== expected.targets || row.steps !== expected.steps)) {
      findings.corrupt.push(
        `plan import ${batch}: ${row.targets} targets and ${row.steps} steps, not ${expected.targets} and ${expected.steps}`,
      );
    }
  }
  for (const batch of ledger.imports) if (!found.has(batch)) findings.lost.push(`plan import ${batch}`);
}

/**
 * Every backup listed passes its check; every backup reported is listed, unless the rotation let it go
 * (enough newer backups of its kind were taken after it).
 */
function checkBackups(
  folder: BackupFolder,
  listed: readonly Backup[],
  commits: readonly Commit[],
  ledger: Ledger,
  findings: Findings,
): void {
  for (const backup of listed) {
    if (ledger.checkedBackups.has(backup.id)) continue;
    const { problem } = checkDatabaseFile(folder.pathOf(backup));
    if (problem !== null) findings.corrupt.push(`backup ${backup.id}: ${problem}`);
    ledger.checkedBackups.add(backup.id);
  }
  const ids = new Set(listed.map((b) => b.id));
  for (const commit of commits) {
    if (commit.kind !== 'backup' || ids.has(commit.id)) continue;
    const newer = listed.filter((b) => b.kind === 'manual' && b.id > commit.id).length;
    if (newer < rotation.otherPerKind) findings.lost.push(`backup ${commit.id}`);
  }
}

/** The databases the writer made at schema 1 and migrated: whole at one version or the other. */
function checkOldDatabases(folder: string, commits: readonly Commit[], findings: Findings): void {
  if (!existsSync(folder)) return;
  const created = new Set(commits.flatMap((c) => (c.kind === 'oldCreated' ? [c.file] : [])));
  const migrated = new Set(commits.flatMap((c) => (c.kind === 'migrated' ? [c.file] : [])));
  for (const name of readdirSync(folder)) {
    const match = oldFilePattern.exec(name);
    if (!match) continue;
    const teams = Number(match[2]);
    // Read-write, so that SQLite rolls back what a kill left in a journal, as the app would.
    const db = new Database(join(folder, name));
    try {
      checkFile(db, name, findings);
      const version = db.pragma('user_version', { simple: true }) as number;
      const hasTeams =
        db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'teams'").pluck().get() === 1;
      const count = hasTeams ? (db.prepare('SELECT count(*) FROM teams').pluck().get() as number) : 0;
      if (migrated.has(name) && version !== latestSchemaVersion) {
        findings.lost.push(`${name}: reported migrated, found at schema ${version}`);
      } else if (created.has(name) && version === 0) {
        findings.lost.push(`${name}: reported written, found empty`);
      } else if (version !== 0 && version !== 1 && version !== latestSchemaVersion) {
        findings.corrupt.push(`${name}: at schema ${version}, half migrated`);
      }
      if (version !== 0 && count !== teams) findings.corrupt.push(`${name}: ${count} of ${teams} teams`);
    } finally {
      db.close();
    }
    for (const backup of BackupFolder.beside(join(folder, name)).list()) {
      const { problem, schemaVersion } = checkDatabaseFile(join(folder, 'backups', backup.id));
      if (problem !== null || schemaVersion !== 1) {
        findings.corrupt.push(`${backup.id}: ${problem ?? `at schema ${schemaVersion}`}`);
      }
    }
  }
  // Checked: the next writer starts the folder afresh, so that each cycle checks only its own.
  rmSync(folder, { recursive: true, force: true });
}

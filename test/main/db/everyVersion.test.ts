/**
 * Every earlier schema version, migrated to the latest with its data. The database of version v is built
 * as a user's would have grown: each migration up to v, with the data that version's app wrote (`seeds`)
 * after it. Adding a migration adds a version to these tests; a new table must get a seed row, or the
 * test that every table holds data fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupFolder } from '../../../src/main/backup/folder';
import { openCore } from '../../../src/main/core/core';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/connection';
import { latestSchemaVersion, migrate, type Migration } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { paceStatements } from '../../../src/main/db/levelSummary';
import { dumpDatabase } from '../../helpers/files';

const at = '2025-06-01T09:00:00.000Z';
const ids = {
  team: '0b6f3c4e-8d8a-4c56-9a53-7d4f7f1e2a10',
  model: '1c1f0a1e-1111-4a11-8a11-111111111111',
  level1: '1c1f0a1e-1111-4a11-8a11-111111111112',
  level3: '1c1f0a1e-1111-4a11-8a11-111111111113',
  axis: '1c1f0a1e-1111-4a11-8a11-111111111114',
  dimension: '1c1f0a1e-1111-4a11-8a11-111111111115',
  plan: '2d2f0b2e-2222-4b22-9b22-222222222221',
  target: '2d2f0b2e-2222-4b22-9b22-222222222222',
  review: '2d2f0b2e-2222-4b22-9b22-222222222223',
  step: '2d2f0b2e-2222-4b22-9b22-222222222224',
  reviewStep: '2d2f0b2e-2222-4b22-9b22-222222222225',
  assessment: '3e3f0c3e-3333-4c33-8c33-333333333331',
  score: '3e3f0c3e-3333-4c33-8c33-333333333332',
  survey: '4f4f0d4e-4444-4d44-9d44-444444444441',
  surveyDimension: '4f4f0d4e-4444-4d44-9d44-444444444442',
  surveyItem: '4f4f0d4e-4444-4d44-9d44-444444444443',
  response: '4f4f0d4e-4444-4d44-9d44-444444444444',
  batch: '5a5f0e5e-5555-4e55-8e55-555555555551',
};

/** Rows as the app of each version wrote them, by the version that introduced their tables. */
const seeds: Record<number, (db: Db) => void> = {
  1: (db) => {
    const insert = (table: string, row: Record<string, unknown>) => {
      const columns = Object.keys(row);
      db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      ).run(row);
    };
    const stamps = { created_at: at, updated_at: at };
    insert('settings', { key: 'language', value: '"fr"', updated_at: at });
    insert('teams', {
      id: ids.team,
      name: 'Équipe réseau',
      client: 'Client « historique »',
      colour: '#1f6feb',
      ...stamps,
    });
    insert('models', { id: ids.model, name: 'Our own model', ...stamps });
    insert('model_levels', { id: ids.level1, model_id: ids.model, value: 1, label: 'Initial', ...stamps });
    insert('model_levels', { id: ids.level3, model_id: ids.model, value: 3, label: 'Defined', ...stamps });
    insert('model_axes', {
      id: ids.axis,
      model_id: ids.model,
      key: 'service',
      name: 'Service',
      position: 1,
      ...stamps,
    });
    insert('dimensions', {
      id: ids.dimension,
      model_id: ids.model,
      axis_id: ids.axis,
      key: 'sla',
      name: 'SLA compliance',
      position: 1,
      ...stamps,
    });
    insert('plans', {
      id: ids.plan,
      team_id: ids.team,
      model_id: ids.model,
      title: 'Plan de progrès 2025',
      start_date: '2025-01-06',
      end_date: '2025-12-19',
      status: 'active',
      budget: 12000,
      review_cadence_days: 30,
      max_step_effort_days: 5,
      max_step_span_days: 14,
      ...stamps,
    });
    insert('targets', {
      id: ids.target,
      plan_id: ids.plan,
      dimension_id: ids.dimension,
      baseline_level: 1,
      target_level: 3,
      target_date: '2025-09-30',
      ...stamps,
    });
    insert('reviews', {
      id: ids.review,
      plan_id: ids.plan,
      date: '2025-03-03',
      kind: 'workshop',
      participants: '["Claire","Hugo"]',
      decisions: '["Publish the SLA report monthly"]',
      ...stamps,
    });
    insert('steps', {
      id: ids.step,
      plan_id: ids.plan,
      target_id: ids.target,
      dimension_id: ids.dimension,
      title: 'Publier le rapport SLA le 5',
      status: 'done',
      position: 1,
      effort_days: 2,
      cost: 1200.5,
      due_date: '2025-03-15',
      done_date: '2025-03-14',
      ...stamps,
    });
    insert('review_steps', {
      id: ids.reviewStep,
      review_id: ids.review,
      step_id: ids.step,
      action: 'created',
      ...stamps,
    });
    insert('assessments', {
      id: ids.assessment,
      team_id: ids.team,
      model_id: ids.model,
      review_id: ids.review,
      date: '2025-03-03',
      source: 'workshop',
      ...stamps,
    });
    insert('assessment_scores', {
      id: ids.score,
      assessment_id: ids.assessment,
      dimension_id: ids.dimension,
      level: 1,
      evidence: 'Monthly report exists',
      ...stamps,
    });
    insert('surveys', {
      id: ids.survey,
      team_id: ids.team,
      title: 'Satisfaction Q1',
      period_start: '2025-01-01',
      period_end: '2025-03-31',
      scale_min: 1,
      scale_max: 7,
      status: 'closed',
      ...stamps,
    });
    insert('survey_dimensions', {
      id: ids.surveyDimension,
      survey_id: ids.survey,
      key: 'reliability',
      name: 'Reliability',
      weight: 100,
      position: 1,
      ...stamps,
    });
    insert('survey_items', {
      id: ids.surveyItem,
      survey_id: ids.survey,
      dimension_id: ids.surveyDimension,
      key: 'r1',
      text: 'The service does what it promised',
      position: 1,
      ...stamps,
    });
    insert('survey_responses', {
      id: ids.response,
      survey_id: ids.survey,
      respondent: 'A user',
      answers: JSON.stringify([{ itemId: ids.surveyItem, expectation: 6, perception: 5 }]),
      ...stamps,
    });
    insert('change_batches', {
      id: ids.batch,
      seq: 1,
      channel: 'team.create',
      kind: 'action',
      at,
      by: 'Claire',
    });
    insert('change_history', {
      batch_id: ids.batch,
      entity: 'team',
      entity_id: ids.team,
      action: 'create',
      after: JSON.stringify({ id: ids.team, name: 'Équipe réseau' }),
      at,
      by: 'Claire',
      team_id: ids.team,
    });
  },
  // As the app of version 6 leaves a file after any write: the target's pace summed, nothing noted.
  6: (db) => {
    db.prepare(
      `INSERT INTO target_paces (target_id, points, origin, last_date, sum_x, sum_y, sum_xx, sum_xy,
         steps_done, steps_open, last_done)
       VALUES (?, 1, '2025-02-01', '2025-02-01', 0, 2, 0, 0, 0, 1, NULL)`,
    ).run(ids.target);
    db.exec('DELETE FROM target_paces_dirty');
  },
  // As the app of version 7 leaves a file once it has opened it: every target's pace summed again (with
  // its dimension's latest level), nothing noted.
  7: (db) => {
    for (const sql of paceStatements) db.exec(sql);
  },
};

/**
 * Columns a migration was written to change, by its version, as `table.column`: the only values that
 * may differ after it. Migration 7 sums every target's pace again.
 */
const changedOnPurpose: Record<number, readonly string[]> = {
  7: [
    'points',
    'origin',
    'last_date',
    'sum_x',
    'sum_y',
    'sum_xx',
    'sum_xy',
    'steps_done',
    'steps_open',
    'last_done',
  ].map((column) => `target_paces.${column}`),
};

/**
 * Tables a migration was written to drop, by its version: copies of what other tables hold. Migration 9
 * drops the summary's copy of every score.
 */
const droppedOnPurpose: Record<number, readonly string[]> = { 9: ['level_points'] };

/**
 * Tables a migration laid out anew, by its version, each with how to read its rows as they were laid out
 * before: migration 15 keys the spans by numbers for their team and model and their dimension.
 */
const reshapedOnPurpose: Record<number, Record<string, string>> = {
  15: {
    level_spans: `SELECT p.team_id, p.model_id, d.dimension_id, s.date, s.until, s.level FROM level_spans s
      JOIN level_pairs p ON p.id = s.pair JOIN level_dimensions d ON d.id = s.dimension`,
  },
};

/** Tables that every write leaves empty: what the summaries have still to refresh. */
const emptyAfterWrites = new Set(['level_dirty', 'target_paces_dirty', 'score_level_changes']);

const earlierVersions = migrations.map((m) => m.version).filter((version) => version < latestSchemaVersion);

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A database at schema `version`, holding the data of every version up to it. */
function databaseAt(version: number): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-versions-'));
  dirs.push(dir);
  const path = join(dir, 'stepwise.db');
  const db = openDatabase(path);
  const backups = BackupFolder.beside(path);
  try {
    for (const step of migrations.filter((m) => m.version <= version)) {
      migrate(db, { now: at, backups, steps: migrations.filter((m) => m.version <= step.version) });
      db.transaction(() => seeds[step.version]?.(db))();
    }
  } finally {
    closeDatabase(db);
  }
  return { path, dir };
}

/** Every row of every table but SQLite's own, by table. */
const contentOf = (path: string) =>
  Object.fromEntries(
    Object.entries(dumpDatabase(path) as Record<string, Record<string, unknown>[]>).filter(
      ([table]) => !table.startsWith('sqlite_'),
    ),
  );

const schemaOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      sql: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
    };
  } finally {
    db.close();
  }
};

/** A row's key: its id (its target's, in a table of one row a target), or all its values for the rare table without one. */
const keyOf = (row: Record<string, unknown>) =>
  String(row.id ?? row.key ?? row.seq ?? row.target_id ?? JSON.stringify(row));

describe.each(earlierVersions)('a database at schema %i', (version) => {
  it('holds data in every table, so that the migration is tested on all of it', () => {
    const { path } = databaseAt(version);
    const empty = Object.entries(contentOf(path))
      .filter(([table, rows]) => rows.length === 0 && !emptyAfterWrites.has(table))
      .map(([table]) => table);
    expect(empty, `add rows for these tables to the seed of the version that created them`).toEqual([]);
  });

  it('is migrated to the latest schema with every row and value kept, after a copy is taken', async () => {
    const { path } = databaseAt(version);
    const before = contentOf(path);
    const core = openCore({ dbPath: path, clock: () => new Date('2026-03-10T09:00:00.000Z') });
    try {
      expect(core.migration).toMatchObject({ from: version, to: latestSchemaVersion });
      // The copy holds the database exactly as it was.
      const copy = core.migration.backupPath as string;
      expect(schemaOf(copy).version).toBe(version);
      expect(contentOf(copy)).toEqual(before);

      // What the app of this version reads back through its channels.
      expect(await core.invoke('team.get', { id: ids.team })).toMatchObject({
        ok: true,
        value: { name: 'Équipe réseau', client: 'Client « historique »' },
      });
      expect(await core.invoke('plan.get', { id: ids.plan })).toMatchObject({
        ok: true,
        value: { title: 'Plan de progrès 2025' },
      });
      expect(await core.invoke('step.get', { id: ids.step })).toMatchObject({
        ok: true,
        value: { cost: 1200.5 },
      });
      expect(await core.invoke('review.get', { id: ids.review })).toMatchObject({
        ok: true,
        value: { participants: ['Claire', 'Hugo'] },
      });
      expect(await core.invoke('assessment.get', { id: ids.assessment })).toMatchObject({ ok: true });
      expect(await core.invoke('survey.get', { id: ids.survey })).toMatchObject({ ok: true });
      expect(await core.invoke('settings.get', {})).toMatchObject({ ok: true, value: { language: 'fr' } });
      expect(await core.invoke('history.list', {})).toMatchObject({ ok: true });
    } finally {
      await core.close();
    }

    const after = contentOf(path);
    const reader = new Database(path, { readonly: true });
    for (const m of migrations.filter((m) => m.version > version))
      for (const [table, sql] of Object.entries(reshapedOnPurpose[m.version] ?? {}))
        after[table] = reader.prepare(sql).all() as Record<string, unknown>[];
    reader.close();
    const allowed = new Set(
      migrations.filter((m) => m.version > version).flatMap((m) => changedOnPurpose[m.version] ?? []),
    );
    const dropped = new Set(
      migrations.filter((m) => m.version > version).flatMap((m) => droppedOnPurpose[m.version] ?? []),
    );
    for (const [table, rows] of Object.entries(before)) {
      if (dropped.has(table)) continue;
      const kept = new Map((after[table] ?? []).map((row) => [keyOf(row), row]));
      for (const row of rows) {
        const now = kept.get(keyOf(row));
        expect(now, `${table} ${keyOf(row)} was lost`).toBeDefined();
        for (const [column, value] of Object.entries(row)) {
          if (!now || !(column in now) || allowed.has(`${table}.${column}`)) continue;
          expect(now[column], `${table}.${column} of ${keyOf(row)}`).toEqual(value);
        }
      }
    }
    // Migration 12 finds a batch's changes from the seq of its first one.
    const [change] = after.change_history as { seq: number; batch_id: string }[];
    expect(after.change_batches).toEqual([
      expect.objectContaining({ id: change?.batch_id, first_seq: change?.seq }),
    ]);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('is left as it was when a later migration fails: none of them is applied', () => {
    const { path, dir } = databaseAt(version);
    const before = { content: contentOf(path), schema: schemaOf(path) };
    const failing: Migration = {
      version: latestSchemaVersion + 1,
      name: 'a migration that fails half-way',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('the disk went away');
      },
    };
    const db = openDatabase(path);
    try {
      expect(() =>
        migrate(db, { now: at, backups: BackupFolder.beside(path), steps: [...migrations, failing] }),
      ).toThrow('the disk went away');
    } finally {
      closeDatabase(db);
    }
    expect(schemaOf(path)).toEqual(before.schema);
    expect(contentOf(path)).toEqual(before.content);
    // The copy taken before migrating is there all the same.
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, stepsPerPlan } from '../../bench/dataset';
import type { PlanDetail, PlanSummary } from '@shared/domain/plans';
import type { UndoState } from '@shared/domain/history';
import type { Result } from '@shared/result';
import { openCore } from '../../src/main/core/core';

const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A digest of every domain row, to compare two generated files. */
function digest(path: string): string {
  const db = new Database(path, { readonly: true });
  const hash = createHash('sha256');
  const tables = ['teams', 'plans', 'targets', 'steps', 'assessments', 'assessment_scores', 'surveys'];
  for (const table of [...tables, 'change_batches', 'change_history']) {
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()));
  }
  db.close();
  return hash.digest('hex');
}

describe('the benchmark dataset', () => {
  it('is the same for the same seed, and different for another', async () => {
    const today = '2026-11-28';
    const first = join(dir, 'a.db');
    const second = join(dir, 'b.db');
    const other = join(dir, 'c.db');
    const summary = await generateDataset(first, 'S', { seed: 7, today });
    await generateDataset(second, 'S', { seed: 7, today });
    await generateDataset(other, 'S', { seed: 8, today });
    expect(digest(second)).toBe(digest(first));
    expect(digest(other)).not.toBe(digest(first));
    expect(summary).toMatchObject({ teams: 5, plans: 5, steps: 5 * stepsPerPlan, assessments: 5 * 12 });
    expect(summary.scores).toBe(5 * 12 * 34);
  });

  it('holds the history of every row, as the app records it, and nothing done after today', async () => {
    const today = '2026-11-28';
    const path = join(dir, 'history.db');
    const summary = await generateDataset(path, 'S', { seed: 2, today });
    const db = new Database(path, { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const created = count(`SELECT count(*) AS n FROM change_history WHERE action = 'create'`);
    const rows = ['teams', 'plans', 'targets', 'steps', 'reviews', 'review_steps', 'assessments']
      .concat(['assessment_scores', 'surveys', 'survey_dimensions', 'survey_items', 'survey_responses'])
      .reduce((sum, table) => sum + count(`SELECT count(*) AS n FROM ${table}`), 0);
    expect(created).toBe(rows);
    // Steps done, dropped or doing were moved there: 3 of every 5 steps, the done ones twice.
    expect(count(`SELECT count(*) AS n FROM change_history WHERE action = 'update'`)).toBe((5 * 100 * 4) / 5);
    expect(summary.changes).toBe(created + (5 * 100 * 4) / 5);
    expect(count(`SELECT count(*) AS n FROM steps WHERE done_date > '${today}'`)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM change_history WHERE at > '${today}T23:59'`)).toBe(0);
    const [step] = db.prepare(`SELECT id, status FROM steps WHERE status = 'done' LIMIT 1`).all() as {
      id: string;
      status: string;
    }[];
    const moves = db
      .prepare(
        `SELECT json_extract(after, '$.status') AS status FROM change_history WHERE entity_id = ? ORDER BY seq`,
      )
      .all(step!.id);
    expect(moves).toEqual([{ status: 'todo' }, { status: 'doing' }, { status: 'done' }]);
    db.close();

    // The latest action is the app's to undo: the last survey response given.
    const core = openCore({ dbPath: path });
    try {
      const state = (await core.invoke('history.undoState', {})) as Result<UndoState>;
      expect(state.ok && state.value.undo).toMatchObject({
        channel: 'surveyResponse.create',
        changeCount: 1,
      });
      expect((await core.invoke('history.undo', {})).ok).toBe(true);
      const reader = new Database(path, { readonly: true });
      expect((reader.prepare('SELECT count(*) AS n FROM survey_responses').get() as { n: number }).n).toBe(
        summary.responses - 1,
      );
      reader.close();
    } finally {
      await core.close();
    }
  });

  it('is a valid database that the core reads', async () => {
    const path = join(dir, 'valid.db');
    await generateDataset(path, 'S', { seed: 1, today: '2026-11-28' });
    const db = new Database(path, { readonly: true });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const reader = openCore({ dbPath: path });
    try {
      const plans = (await reader.invoke('plan.list', {})) as Result<PlanSummary[]>;
      expect(plans.ok && plans.value.length).toBe(5);
      const [plan] = plans.ok ? plans.value : [];
      const detail = (await reader.invoke('plan.get', { id: plan!.id })) as Result<PlanDetail>;
      expect(detail.ok && detail.value.steps.length).toBe(stepsPerPlan);
    } finally {
      reader.close();
    }
  });
});

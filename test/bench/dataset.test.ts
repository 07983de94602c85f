import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, stepsPerPlan } from '../../bench/dataset';
import type { PlanDetail, PlanSummary } from '@shared/domain/plans';
import type { Result } from '@shared/result';
import { openCore } from '../../src/main/core/core';

const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A digest of every domain row, to compare two generated files. */
function digest(path: string): string {
  const db = new Database(path, { readonly: true });
  const hash = createHash('sha256');
  for (const table of ['teams', 'plans', 'targets', 'steps', 'assessments', 'assessment_scores', 'surveys']) {
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()));
  }
  db.close();
  return hash.digest('hex');
}

describe('the benchmark dataset', () => {
  it('is the same for the same seed, and different for another', () => {
    const today = '2026-11-28';
    const first = join(dir, 'a.db');
    const second = join(dir, 'b.db');
    const other = join(dir, 'c.db');
    const summary = generateDataset(first, 'S', { seed: 7, today });
    generateDataset(second, 'S', { seed: 7, today });
    generateDataset(other, 'S', { seed: 8, today });
    expect(digest(second)).toBe(digest(first));
    expect(digest(other)).not.toBe(digest(first));
    expect(summary).toMatchObject({ teams: 5, plans: 5, steps: 5 * stepsPerPlan, assessments: 5 * 12 });
    expect(summary.scores).toBe(5 * 12 * 34);
  });

  it('is a valid database that the core reads', async () => {
    const path = join(dir, 'valid.db');
    generateDataset(path, 'S', { seed: 1, today: '2026-11-28' });
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

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestChanges } from '../../../src/main/history/handlers';
import { refreshTables } from '../../../src/main/db/levelSummary';
import { makeTestCore, type TestCore } from '../../helpers/core';

/** Tables that grow with years of history: a query must reach their rows through an index. */
const largeTables = [
  'plans',
  'targets',
  'steps',
  'reviews',
  'review_steps',
  'assessments',
  'assessment_scores',
  'surveys',
  'survey_items',
  'survey_responses',
  'change_history',
  'change_batches',
  'level_spans',
  'level_pairs',
  'level_dimensions',
];

/** The names a statement gives to the large tables it reads (the table itself, or its alias). */
function largeTableNames(sql: string): Map<string, string> {
  const names = new Map<string, string>();
  const pattern = new RegExp(
    `\\b(?:FROM|JOIN)\\s+(${largeTables.join('|')})(?:\\s+(?:AS\\s+)?(\\w+))?`,
    'gi',
  );
  for (const match of sql.matchAll(pattern)) {
    const table = match[1]!.toLowerCase();
    names.set(table, table);
    const alias = match[2];
    if (alias && !/^(WHERE|JOIN|ON|ORDER|GROUP|LEFT|INNER|LIMIT|AND)$/i.test(alias)) names.set(alias, table);
  }
  return names;
}

describe('the queries behind the screens', () => {
  let core: TestCore;
  const statements = new Set<string>();

  beforeAll(async () => {
    let tracing = false;
    core = makeTestCore({ trace: (sql) => tracing && statements.add(sql) });
    await core.call('app.loadSampleData', {});
    const [plan] = await core.call('plan.list', { statuses: ['active'] });
    const [team] = await core.call('team.list', {});
    const [survey] = await core.call('survey.list', {});
    tracing = true;
    await core.call('home.attention', {});
    await core.call('team.list', {});
    await core.call('plan.list', { teamId: team!.id });
    await core.call('plan.get', { id: plan!.id });
    await core.call('model.get', { id: plan!.modelId });
    await core.call('model.list', {});
    await core.call('assessment.list', { teamId: team!.id });
    await core.call('assessment.overview', { teamId: team!.id });
    await core.call('workshop.get', { planId: plan!.id });
    await core.call('review.get', { id: (await core.call('review.list', { planId: plan!.id }))[0]!.id });
    await core.call('review.listWithSteps', { planId: plan!.id });
    await core.call('survey.get', { id: survey!.id });
    await core.call('survey.page', { id: survey!.id });
    await core.call('survey.stepOptions', { surveyId: survey!.id });
    await core.call('history.list', { planId: plan!.id });
    await core.call('history.undoState', {});
    await core.call('dashboard.team', { teamId: plan!.teamId });
    await core.call('portfolio.get', {});
    await core.call('portfolio.watchList', {});
    await core.call('portfolio.compare', { from: '2026-01-01', to: '2026-12-31' });
    tracing = false;
  });
  afterAll(() => core.dispose());

  it('never scan a large table whole', () => {
    const db = new Database(core.dbPath, { readonly: true });
    const scans: string[] = [];
    for (const sql of [...statements].filter((s) => /^\s*(SELECT|WITH)/i.test(s))) {
      const names = largeTableNames(sql);
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
      for (const { detail } of plan) {
        const scanned = /^SCAN (\w+)$/.exec(detail)?.[1];
        if (scanned && names.has(scanned))
          scans.push(`${names.get(scanned)} in: ${sql.replace(/\s+/g, ' ')}`);
      }
    }
    db.close();
    expect(statements.size).toBeGreaterThan(10);
    expect(scans).toEqual([]);
  });

  it('read the newest changes of a plan or a team through its index, planned without the values', () => {
    const db = new Database(core.dbPath, { readonly: true });
    const values = { planId: 'p', teamId: 't', limit: 50 };
    for (const [led, index] of [
      ['plan', 'history_by_plan'],
      ['team', 'history_by_team'],
    ] as const) {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${latestChanges[led]}`).all(values) as { detail: string }[]
      )
        .map((row) => row.detail)
        .join('\n');
      expect(plan, led).toContain(`USING INDEX ${index}`);
      expect(plan, led).not.toContain('TEMP B-TREE');
    }
    db.close();
  });

  it('read home through the step indexes that the benchmark at L justified', async () => {
    const home = new Set<string>();
    const traced = makeTestCore({ trace: (sql) => home.add(sql) });
    await traced.call('app.loadSampleData', {});
    home.clear();
    await traced.call('home.attention', {});
    const db = new Database(traced.dbPath, { readonly: true });
    // The trace gives each statement with its values in place.
    const planOf = (pattern: RegExp) => {
      const sql = [...home].find((s) => pattern.test(s));
      expect(sql, String(pattern)).toBeDefined();
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
    };
    expect(planOf(/max\(done_date\)/)).toContain('USING COVERING INDEX steps_done_by_plan');
    expect(planOf(/^\s*SELECT count\(\*\) FROM steps/)).toContain('USING INDEX steps_open_by_plan');
    const overdue = planOf(/SELECT s\.\*, p\.title AS plan_title/);
    expect(overdue.split('\n')[0]).toContain('USING INDEX steps_open_by_due');
    expect(overdue).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    db.close();
    await traced.dispose();
  });

  it("find a target's steps through the one index of steps that starts with their target", async () => {
    const traced = new Set<string>();
    const tracing = makeTestCore({ trace: (sql) => traced.add(sql) });
    await tracing.call('app.loadSampleData', {});
    const [plan] = await tracing.call('plan.list', { statuses: ['active'] });
    const { targets, steps } = await tracing.call('plan.get', { id: plan!.id });
    const target = targets.find((t) => steps.some((s) => s.targetId === t.id));
    traced.clear();
    await tracing.call('target.delete', { id: target!.id });
    const db = new Database(tracing.dbPath, { readonly: true });
    const byTarget = (
      db.prepare(`SELECT name FROM pragma_index_list('steps')`).pluck().all() as string[]
    ).filter(
      (index) =>
        db.prepare(`SELECT name FROM pragma_index_info(?) WHERE seqno = 0`).pluck().get(index) ===
        'target_id',
    );
    expect(byTarget).toEqual(['steps_by_target_status']);
    const lookup = [...traced].find((sql) => /FROM steps WHERE target_id =/.test(sql));
    expect(lookup).toBeDefined();
    const lookupPlan = (db.prepare(`EXPLAIN QUERY PLAN ${lookup}`).all() as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(lookupPlan.join('\n')).toContain('INDEX steps_by_target_status (target_id=?)');
    db.close();
    await tracing.dispose();
  });

  it('write steps, grids and their undo without reading a large table whole', async () => {
    const written = new Set<string>();
    const traced = makeTestCore({ trace: (sql) => written.add(sql) });
    await traced.call('app.loadSampleData', {});
    const [plan] = await traced.call('plan.list', { statuses: ['active'] });
    const [assessment] = await traced.call('assessment.list', { teamId: plan!.teamId });
    written.clear();
    const step = await traced.call('step.create', { planId: plan!.id, title: 'Call back within the hour' });
    await traced.call('step.move', { id: step.id, status: 'doing' });
    await traced.call('assessment.setScores', {
      assessmentId: assessment!.id,
      scores: assessment!.scores.map(({ dimensionId, level, evidence }) => ({
        dimensionId,
        level: level === 0 ? 1 : level - 1,
        evidence,
      })),
    });
    await traced.call('history.undo', {});
    await traced.call('history.redo', {});
    await traced.call('step.create', { planId: plan!.id, title: 'Publish the on-call rota' });
    const db = new Database(traced.dbPath, { readonly: true });
    db.exec(refreshTables.join(';')); // the refresh's tables of the connection that wrote
    const scans = [...written]
      .filter((sql) => /^\s*(SELECT|WITH|UPDATE|DELETE|INSERT)/i.test(sql))
      .flatMap((sql) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map(({ detail }) => /^SCAN (\w+)/.exec(detail)?.[1])
          .filter((table) => table !== undefined && largeTables.includes(table))
          .map((table) => `${table} in: ${sql.replace(/\s+/g, ' ')}`),
      );
    db.close();
    await traced.dispose();
    expect(written.size).toBeGreaterThan(10);
    expect(scans).toEqual([]);
  });
});

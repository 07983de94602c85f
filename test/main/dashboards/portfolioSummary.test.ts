import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { atRiskRows, trendPoints } from '@shared/calc/portfolio';
import { addDays } from '@shared/dates';
import type { PlanStatus } from '@shared/domain/plans';
import { generateDataset } from '../../../bench/dataset';
import {
  levelChangeStatements,
  paceStatements,
  refreshStatements,
  refreshTables,
} from '../../../src/main/db/levelSummary';
import type { Scope } from '../../../src/main/dashboards/portfolio';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId } from '../../helpers/factories';
import { oracleComparison, oraclePortfolio, oracleSpans, storedSpans } from './portfolioOracle';

/**
 * portfolio.get and portfolio.compare read a summary of the levels that triggers keep (migration 4):
 * whatever is written, their answers must equal the calculation from every score (the oracle).
 */

const today = '2026-11-28';
const clock = () => new Date(`${today}T12:00:00`);

let cores: TestCore[] = [];
afterEach(async () => {
  for (const core of cores) await core.dispose();
  cores = [];
});

function coreOn(dbPath?: string) {
  const core = makeTestCore({ clock, ...(dbPath ? { dbPath } : {}) });
  cores.push(core);
  return core;
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const statusChoices: (PlanStatus[] | undefined)[] = [
  undefined,
  ['active'],
  ['draft', 'completed'],
  ['active', 'on-hold', 'completed'],
];

/** Every scope worth checking: none, each client, each model, some statuses, and a mix. */
async function scopesOf(core: TestCore): Promise<Scope[]> {
  const all = await core.call('portfolio.get', {});
  const mixed =
    all.models[0] && all.clients[0] ? [{ client: all.clients[0], modelId: all.models[0].id }] : [];
  return [
    ...statusChoices.map((planStatuses) => (planStatuses ? { planStatuses } : {})),
    ...all.clients.map((client) => ({ client })),
    ...all.models.map((model) => ({ modelId: model.id })),
    ...mixed.map((scope) => ({ ...scope, planStatuses: ['active'] as PlanStatus[] })),
    ...mixed,
  ];
}

const periods = [
  [addDays(today, -30), today],
  [addDays(today, -400), addDays(today, -200)],
  [addDays(today, -90), addDays(today, 40)],
  [today, today],
  ['2020-01-01', addDays(today, 365)],
] as const;

/**
 * The paces as the summary keeps them (levels changed in place move them, migration 16) and as they are
 * when every target is summed again, read in a transaction taken back.
 */
function pacesKeptAndSummedAgain(path: string) {
  const db = new Database(path);
  const paces = () => db.prepare('SELECT * FROM target_paces ORDER BY target_id').all();
  try {
    db.exec('BEGIN');
    const kept = paces();
    db.exec('INSERT INTO target_paces_dirty (target_id) SELECT id FROM targets');
    paceStatements.forEach((sql) => db.prepare(sql).run());
    return { kept, summedAgain: paces() };
  } finally {
    db.exec('ROLLBACK');
    db.close();
  }
}

async function expectSameAsOracle(core: TestCore) {
  const { kept, summedAgain } = pacesKeptAndSummedAgain(core.dbPath);
  expect(kept).toEqual(summedAgain);
  const db = new Database(core.dbPath, { readonly: true });
  try {
    // The spans themselves, exactly: as few as the levels' changes, each ending where the next starts.
    expect(storedSpans(db)).toEqual(oracleSpans(db));
    for (const scope of await scopesOf(core)) {
      const watchList = await core.call('portfolio.watchList', scope);
      const portfolio = {
        ...(await core.call('portfolio.get', scope)),
        atRisk: atRiskRows(watchList),
        stalling: watchList.stalling,
      };
      expect(portfolio, JSON.stringify(scope)).toEqual(oraclePortfolio(db, scope, today));
      for (const [from, to] of periods) {
        expect(await core.call('portfolio.compare', { ...scope, from, to }), `${from} ${to}`).toEqual(
          oracleComparison(db, scope, from, to),
        );
      }
    }
  } finally {
    db.close();
  }
}

/** Writes of every kind the app makes to levels, chosen at random, checked against the oracle as it goes. */
async function editAtRandom(core: TestCore, seed: number, rounds: number) {
  const rand = random(seed);
  const copy = await core.call('model.copy', { id: builtinModelId('msp'), name: 'Our MSP model' });
  const dayNear = () =>
    rand.pick([addDays(today, -rand.int(0, 400)), today, addDays(today, 1), addDays(today, rand.int(2, 60))]);
  for (let round = 0; round < rounds; round += 1) {
    const teams = await core.call('team.list', { includeArchived: true });
    const team = rand.pick(teams);
    const overview = await core.call('assessment.overview', { teamId: team.id });
    const model = rand.chance(0.3) ? copy : (overview.model ?? copy);
    const dimensions = (await core.call('model.get', { id: model.id })).dimensions;
    const scores = (of = dimensions) =>
      of.filter(() => rand.chance(0.7)).map((d) => ({ dimensionId: d.id, level: rand.int(0, 5) }));
    const assessments = await core.call('assessment.list', { teamId: team.id });
    const existing = assessments.length > 0 ? rand.pick(assessments) : null;
    switch (rand.int(0, 12)) {
      case 0:
      case 1: {
        const sameDay = existing && rand.chance(0.5) ? existing.date : dayNear();
        await core.call('assessment.create', {
          teamId: team.id,
          modelId: model.id,
          date: sameDay,
          scores: scores(),
        });
        break;
      }
      case 2:
        if (existing) {
          const { dimensions: ofModel } = await core.call('model.get', { id: existing.modelId });
          await core.call('assessment.setScores', { assessmentId: existing.id, scores: scores(ofModel) });
        }
        break;
      case 3:
        if (existing) await core.call('assessment.update', { id: existing.id, patch: { date: dayNear() } });
        break;
      case 4:
        if (existing) await core.call('assessment.delete', { id: existing.id });
        break;
      case 5:
        await core.invoke('history.undo', {}); // nothing to undo is an answer too
        break;
      case 6:
        await core.invoke('history.redo', {}); // nothing to redo is an answer too
        break;
      case 7:
        await core.call('team.setArchived', { id: team.id, archived: !team.archived });
        break;
      case 8: {
        const dimension = rand.pick(copy.dimensions);
        const { retired } = await core
          .call('model.get', { id: copy.id })
          .then((m) => m.dimensions.find((d) => d.id === dimension.id) ?? dimension);
        await core.call('dimension.update', { id: dimension.id, patch: { retired: !retired } });
        break;
      }
      case 10: {
        // A plan starting on another day: its targets' paces start there too.
        const [plan] = await core.call('plan.list', { teamId: team.id });
        const startDate = addDays(today, -rand.int(0, 500));
        if (plan && startDate <= plan.endDate) {
          await core.call('plan.update', { id: plan.id, patch: { startDate } });
        }
        break;
      }
      case 11: {
        // A step of a target made, done on a day that may be ahead of today, changed or deleted.
        const [plan] = await core.call('plan.list', { teamId: team.id });
        const target = plan && rand.pick(await core.call('target.list', { planId: plan.id }));
        if (!plan || !target) break;
        const step = rand.pick(await core.call('step.list', { planId: plan.id }));
        const doneDate = rand.chance(0.7) ? dayNear() : null;
        if (step && rand.chance(0.3)) await core.call('step.delete', { id: step.id });
        else if (step && rand.chance(0.5)) {
          await core.call('step.update', {
            id: step.id,
            patch: { targetId: target.id, doneDate },
          });
        } else {
          await core.call('step.create', {
            planId: plan.id,
            title: 'A small step',
            targetId: target.id,
            status: doneDate ? 'done' : 'todo',
            doneDate,
          });
        }
        break;
      }
      case 12: {
        // A target deleted, or set on a dimension of its plan's model that has none yet.
        const [plan] = await core.call('plan.list', { teamId: team.id });
        if (!plan) break;
        const targets = await core.call('target.list', { planId: plan.id });
        const target = rand.pick(targets);
        if (target && rand.chance(0.4)) {
          await core.call('target.delete', { id: target.id });
          break;
        }
        const { dimensions: ofPlan } = await core.call('model.get', { id: plan.modelId });
        const free = ofPlan.filter((d) => !targets.some((t) => t.dimensionId === d.id));
        const dimension = free.length > 0 ? rand.pick(free) : null;
        if (dimension) {
          await core.call('target.create', {
            planId: plan.id,
            dimensionId: dimension.id,
            baselineLevel: 1,
            targetLevel: rand.int(2, 5),
            targetDate: addDays(today, rand.int(-30, 300)),
          });
        }
        break;
      }
      default: {
        const steps = (await core.call('plan.list', { teamId: team.id })).slice(0, 1);
        for (const plan of steps) {
          const step = rand.pick(await core.call('step.list', { planId: plan.id }));
          if (step) {
            await core.call('step.move', {
              id: step.id,
              status: rand.pick(['done', 'todo', 'doing'] as const),
            });
          }
        }
      }
    }
    if (round % 10 === 9) await expectSameAsOracle(core);
  }
  await expectSameAsOracle(core);
}

describe('the summary of levels', () => {
  it('gives the portfolio of the sample data as the calculation from every score', async () => {
    const core = coreOn();
    await core.call('app.loadSampleData', {});
    await expectSameAsOracle(core);
    await editAtRandom(core, 7, 60);
  });

  it('stays exact on a generated dataset through random edits, undo and redo', async () => {
    const path = join(coreOn().dir, 'S.db');
    await generateDataset(path, 'S', { today, seed: 3 });
    const core = coreOn(path);
    await expectSameAsOracle(core);
    await editAtRandom(core, 11, 80);
  });

  it('is built by migrations 4, 6, 8, 9, 10, 15 and 16 from what is already stored, and kept by the triggers of 6 and 16', async () => {
    const path = join(coreOn().dir, 'S.db');
    await generateDataset(path, 'S', { today, seed: 5 });
    const db = new Database(path);
    db.exec(`
      DROP TRIGGER level_summary_after_score_insert; DROP TRIGGER level_summary_after_score_delete;
      DROP TRIGGER level_summary_after_score_level_update; DROP TRIGGER level_summary_after_score_move;
      DROP TRIGGER level_summary_after_assessment_update;
      DROP TABLE level_spans; DROP TABLE level_days; DROP TABLE level_dirty;
      DROP TABLE level_pairs; DROP TABLE level_dimensions;
      DROP INDEX steps_by_target_status; CREATE INDEX steps_by_target ON steps (target_id);
      DROP TRIGGER target_paces_after_target_insert; DROP TRIGGER target_paces_after_target_update;
      DROP TRIGGER target_paces_after_plan_update; DROP TRIGGER target_paces_after_step_insert;
      DROP TRIGGER target_paces_after_step_delete; DROP TRIGGER target_paces_after_step_update;
      DROP TABLE target_paces; DROP TABLE target_paces_dirty; DROP TABLE level_trends; DROP TABLE level_now;
      DROP TABLE score_level_changes;
      CREATE INDEX history_by_entity ON change_history (entity_id, seq);
      ALTER TABLE change_batches DROP COLUMN first_seq; CREATE INDEX history_by_batch ON change_history (batch_id);
      PRAGMA user_version = 3;`);
    db.close();
    const core = coreOn(path);
    await expectSameAsOracle(core);
    await editAtRandom(core, 13, 30);
  });

  it('keeps retired dimensions out of trend lines, even on a day only they were rated', async () => {
    const core = coreOn();
    await core.call('app.loadSampleData', {});
    const model = await core.call('model.copy', { id: builtinModelId('msp'), name: 'Our MSP model' });
    const [kept, retired, other] = model.dimensions;
    const [team] = await core.call('team.list', {});
    const rate = (date: string, scores: { dimensionId: string; level: number }[]) =>
      core.call('assessment.create', { teamId: team!.id, modelId: model.id, date, scores });
    await rate(addDays(today, -60), [
      { dimensionId: kept!.id, level: 1 },
      { dimensionId: retired!.id, level: 4 },
    ]);
    await rate(addDays(today, -30), [{ dimensionId: retired!.id, level: 5 }]);
    await rate(addDays(today, -10), [
      { dimensionId: other!.id, level: 2 },
      { dimensionId: retired!.id, level: 0 },
    ]);
    await core.call('dimension.update', { id: retired!.id, patch: { retired: true } });
    const row = (await core.call('portfolio.get', { modelId: model.id })).blocks[0]!.rows[0]!;
    expect(trendPoints(row.trend)).toEqual([
      { date: addDays(today, -60), level: 1 },
      { date: addDays(today, -10), level: 1.5 },
    ]);
    await expectSameAsOracle(core);
  });

  it('goes with a deleted team and comes back with undo (a model in use cannot be deleted)', async () => {
    const core = coreOn();
    await core.call('app.loadSampleData', {});
    const model = await core.call('model.copy', { id: builtinModelId('msp'), name: 'Our MSP model' });
    const [team] = await core.call('team.list', {});
    await core.call('assessment.create', {
      teamId: team!.id,
      modelId: model.id,
      date: addDays(today, -3),
      scores: model.dimensions.map((d) => ({ dimensionId: d.id, level: 2 })),
    });
    // The team's rows in the summaries that hold a row a team and model, or a day.
    const count = () => {
      const db = new Database(core.dbPath, { readonly: true });
      const rows = ['level_days', 'level_now', 'level_trends'].map((table) =>
        db
          .prepare(`SELECT count(*) FROM ${table} WHERE team_id = ? AND model_id = ?`)
          .pluck()
          .get(team!.id, model.id),
      );
      db.close();
      return rows;
    };
    await core.call('team.delete', { id: team!.id });
    expect(count()).toEqual([0, 0, 0]);
    await expectSameAsOracle(core);
    await core.call('history.undo', {});
    await expectSameAsOracle(core);
    expect(count()).toEqual([1, 1, 1]);
  });
});

describe('the query plans of the summary', () => {
  const large =
    /\b(assessments|assessment_scores|targets|plans|steps|reviews|level_spans|level_pairs|level_dimensions|level_days|target_paces)\b(?:\s+(?:AS\s+)?(\w+))?/gi;
  /** The large tables a statement reads whole, by a scan of the table or of one of its indexes. */
  function scans(db: Database.Database, sql: string): string[] {
    const names = new Map<string, string>();
    for (const [, table, alias] of sql.matchAll(large)) {
      names.set(table!, table!);
      if (alias) names.set(alias, table!);
    }
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
      .map(({ detail }) => /^SCAN (\w+)(?: USING .*)?$/.exec(detail)?.[1])
      .filter((scanned): scanned is string => scanned !== undefined && names.has(scanned))
      .map((scanned) => `${names.get(scanned)} in: ${sql.replace(/\s+/g, ' ')}`);
  }

  it('read the portfolio and refresh the summary through indexes, never a whole table or index', async () => {
    const statements = new Set<string>();
    let tracing = false;
    const core = makeTestCore({ clock, trace: (sql) => tracing && statements.add(sql) });
    cores.push(core);
    await core.call('app.loadSampleData', {});
    const teams = await core.call('team.list', {});
    const lists = await Promise.all(teams.map((team) => core.call('assessment.list', { teamId: team.id })));
    const [assessment] = lists.flat();
    tracing = true;
    await core.call('portfolio.get', {});
    await core.call('portfolio.watchList', {});
    await core.call('portfolio.compare', { from: addDays(today, -90), to: today });
    tracing = false;
    const db = new Database(core.dbPath, { readonly: true });
    const read = [...statements].filter((sql) =>
      /level_(spans|days|trends|now)|target_paces|FROM steps/.test(sql),
    );
    expect(read.length).toBeGreaterThanOrEqual(6);
    // The trend lines, every day assessed, come whole from their own summary (a row a team and model,
    // migration 8) rather than from all of `level_days`: no statement reads a large table whole.
    expect(read.flatMap((sql) => scans(db, sql))).toEqual([]);
    db.exec(refreshTables.join(';'));
    expect(
      [...refreshStatements, ...levelChangeStatements, ...paceStatements].flatMap((sql) => scans(db, sql)),
    ).toEqual([]);
    db.close();
    // With the statistics a file gathers as it is used (`PRAGMA optimize` on close), the planner knows
    // how few teams and dimensions have numbers (migration 15): a join to them left to it read them all
    // for each team's spans. (On the sample's few plans, it then rightly reads those whole.)
    const analysed = new Database(core.dbPath);
    analysed.exec(`ANALYZE; ${refreshTables.join(';')}`);
    expect(
      [...read, ...refreshStatements]
        .flatMap((sql) => scans(analysed, sql))
        .filter((scan) => /^level_(pairs|dimensions) in/.test(scan)),
    ).toEqual([]);
    analysed.close();
    // The refresh runs after a grid is saved, and leaves nothing noted. Its levels changed in place, it
    // moves the paces by the changes rather than summing any again.
    statements.clear();
    tracing = true;
    await core.call('assessment.setScores', {
      assessmentId: assessment!.id,
      scores: assessment!.scores.map(({ dimensionId, level }) => ({ dimensionId, level: (level + 1) % 4 })),
    });
    tracing = false;
    expect(statements).toContain(levelChangeStatements[0]);
    expect(statements).not.toContain(paceStatements[0]);
    const after = new Database(core.dbPath, { readonly: true });
    for (const table of ['level_dirty', 'target_paces_dirty', 'score_level_changes']) {
      expect(after.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    after.close();
    await expectSameAsOracle(core);
  });
});

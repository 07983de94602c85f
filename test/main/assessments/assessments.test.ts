import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makeTeam } from '../../helpers/factories';

let core: TestCore;
/** Every statement the core runs, as the trace gives it. */
let statements: string[];
beforeEach(() => {
  statements = [];
  core = makeTestCore({ trace: (sql) => statements.push(sql) });
});
afterEach(() => core.dispose());

async function setUp() {
  const team = await makeTeam(core);
  const model = await core.call('model.get', { id: builtinModelId('msp') });
  const [d1, d2, d3] = model.dimensions;
  return { team, modelId: model.id, dims: [d1!.id, d2!.id, d3!.id] as const }; // the MSP model has 17 dimensions
}

type Rating = { dimensionId: string; level: number; evidence?: string };

/** An assessment of the set-up team on 15 January 2026. */
const assess = ({ team, modelId }: Awaited<ReturnType<typeof setUp>>, scores: Rating[]) =>
  core.call('assessment.create', { teamId: team.id, modelId, date: '2026-01-15', scores });

describe('assessments', () => {
  it('rate a team on dimensions for a date, newest first', async () => {
    const { team, modelId, dims } = await setUp();
    await core.call('assessment.create', {
      teamId: team.id,
      modelId,
      date: '2026-01-15',
      scores: [{ dimensionId: dims[0], level: 1 }],
    });
    await core.call('assessment.create', {
      teamId: team.id,
      modelId,
      date: '2026-04-15',
      source: 'audit',
      scores: [
        { dimensionId: dims[0], level: 2, evidence: 'Monthly report seen' },
        { dimensionId: dims[1], level: 3 },
      ],
    });
    const list = await core.call('assessment.list', { teamId: team.id });
    expect(list.map((a) => [a.date, a.source, a.scores.length])).toEqual([
      ['2026-04-15', 'audit', 2],
      ['2026-01-15', 'workshop', 1],
    ]);
  });

  it('replace their scores: changed, added and removed in one batch', async () => {
    const setup = await setUp();
    const { team, dims } = setup;
    const assessment = await assess(setup, [
      { dimensionId: dims[0], level: 1 },
      { dimensionId: dims[1], level: 2 },
    ]);
    // Each answer is the assessment as stored, its scores in the order they are read.
    expect(assessment).toEqual(await core.call('assessment.get', { id: assessment.id }));
    const updated = await core.call('assessment.setScores', {
      assessmentId: assessment.id,
      scores: [
        { dimensionId: dims[1], level: 3 },
        { dimensionId: dims[2], level: 0 },
      ],
    });
    expect(updated.scores.map((s) => [s.dimensionId, s.level]).sort()).toEqual(
      [
        [dims[1], 3],
        [dims[2], 0],
      ].sort(),
    );
    expect(updated).toEqual(await core.call('assessment.get', { id: assessment.id }));
    const [latest] = await core.call('history.list', { teamId: team.id, limit: 3 });
    const batch = (await core.call('history.list', { teamId: team.id })).filter(
      (c) => c.batchId === latest?.batchId,
    );
    expect(batch.map((c) => c.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('refuse a level off the scale and a dimension rated twice, storing nothing', async () => {
    const { team, modelId, dims } = await setUp();
    const offScale = await core.invoke('assessment.create', {
      teamId: team.id,
      modelId,
      date: '2026-01-15',
      scores: [
        { dimensionId: dims[0], level: 2 },
        { dimensionId: dims[1], level: 7 },
      ],
    });
    expect(offScale).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'scores.1.level' } });
    const twice = await core.invoke('assessment.create', {
      teamId: team.id,
      modelId,
      date: '2026-01-15',
      scores: [
        { dimensionId: dims[0], level: 2 },
        { dimensionId: dims[0], level: 3 },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.call('assessment.list', { teamId: team.id })).toEqual([]);
  });

  it('refuse a dimension of another model or one that does not exist, naming the score', async () => {
    const { team, modelId, dims } = await setUp();
    const itil = await core.call('model.get', { id: builtinModelId('itil4') });
    const create = (dimensionId: string) =>
      core.invoke('assessment.create', {
        teamId: team.id,
        modelId,
        date: '2026-01-15',
        scores: [
          { dimensionId: dims[0], level: 2 },
          { dimensionId, level: 1 },
        ],
      });
    expect(await create(itil.dimensions[0]!.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'scores.1.dimensionId' },
    });
    expect(await create('9d9f0f9e-9999-4f99-8f99-999999999999')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await core.call('assessment.list', { teamId: team.id })).toEqual([]);
  });

  it('save a grid with a fixed number of statements and a few more as it grows, many scores to each', async () => {
    const { team, modelId } = await setUp();
    const { dimensions } = await core.call('model.get', { id: modelId });
    const assessment = await core.call('assessment.create', { teamId: team.id, modelId, date: '2026-01-15' });
    const grid = (count: number, level: number) =>
      dimensions.slice(0, count).map((d) => ({ dimensionId: d.id, level }));
    await core.call('assessment.setScores', { assessmentId: assessment.id, scores: grid(17, 1) });
    const countSaving = async (scores: ReturnType<typeof grid>) => {
      statements = [];
      await core.call('assessment.setScores', { assessmentId: assessment.id, scores });
      return statements.length;
    };
    const two = await countSaving([...grid(2, 2), ...grid(17, 1).slice(2)]);
    const seventeen = await countSaving(grid(17, 3));
    // The changed scores and their changes go many to a statement, in powers of two: 2 in one of each,
    // 17 in two of each (16 and 1). The team they are recorded under is read once a save; nothing else
    // grows with the grid.
    expect(seventeen - two).toBe(2);
    // Only the columns that changed are written, so the indexes on the others are left alone; a row
    // alone goes by its id.
    expect(statements.filter((sql) => sql.startsWith('UPDATE assessment_scores'))).toEqual([
      expect.stringMatching(
        /^UPDATE assessment_scores AS t SET level = v\.column1, updated_at = v\.column2 FROM \(VALUES \(/,
      ),
      expect.stringMatching(
        /^UPDATE assessment_scores SET level = 3(\.0)?, updated_at = '[^']+' WHERE id = '/,
      ),
    ]);
    expect(
      (await core.call('assessment.get', { id: assessment.id })).scores.map((score) => score.level),
    ).toEqual(Array(17).fill(3));
    // Each score's change is recorded, as it was and as it is, in the grid's order (the list is latest first).
    const [latest] = await core.call('history.list', { teamId: team.id, limit: 1 });
    const saved = (await core.call('history.list', { teamId: team.id })).filter(
      (change) => change.batchId === latest?.batchId,
    );
    expect(
      saved.reverse().map((change) => [change.action, change.before?.level, change.after?.level]),
    ).toEqual(dimensions.slice(0, 17).map((_, i) => ['update', i < 2 ? 2 : 1, 3]));
  });

  it('take back a grid save with undo and put it again with redo, exactly', async () => {
    const setup = await setUp();
    const { dims } = setup;
    const assessment = await assess(setup, [
      { dimensionId: dims[0], level: 1, evidence: 'Kick-off' },
      { dimensionId: dims[1], level: 2 },
    ]);
    const saved = await core.call('assessment.setScores', {
      assessmentId: assessment.id,
      scores: [
        { dimensionId: dims[0], level: 1, evidence: 'Kick-off' },
        { dimensionId: dims[1], level: 3, evidence: 'Reviewed' },
        { dimensionId: dims[2], level: 0 },
      ],
    });
    const byDimension = (detail: { scores: { dimensionId: string }[] }) =>
      [...detail.scores].sort((a, b) => a.dimensionId.localeCompare(b.dimensionId));
    await core.call('history.undo', {});
    expect(byDimension(await core.call('assessment.get', { id: assessment.id }))).toEqual(
      byDimension(assessment),
    );
    await core.call('history.redo', {});
    expect(byDimension(await core.call('assessment.get', { id: assessment.id }))).toEqual(byDimension(saved));
    // The score that did not change kept its stamp: nothing was written for it.
    expect(saved.scores.find((s) => s.dimensionId === dims[0])?.updatedAt).toBe(
      assessment.scores.find((s) => s.dimensionId === dims[0])?.updatedAt,
    );
  });
});

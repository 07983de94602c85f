import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

async function setUp() {
  const team = await makeTeam(core);
  const model = await core.call('model.get', { id: builtinModelId('msp') });
  const [d1, d2, d3] = model.dimensions;
  return { team, modelId: model.id, dims: [d1!.id, d2!.id, d3!.id] as const }; // the MSP model has 17 dimensions
}

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
    const { team, modelId, dims } = await setUp();
    const assessment = await core.call('assessment.create', {
      teamId: team.id,
      modelId,
      date: '2026-01-15',
      scores: [
        { dimensionId: dims[0], level: 1 },
        { dimensionId: dims[1], level: 2 },
      ],
    });
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
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makePlan, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

const msp = builtinModelId('msp');
const itil = builtinModelId('itil4');

describe('the assessments screen of a team', () => {
  it('offers the models of its plans, the active plan’s first, and lists the assessments on the first', async () => {
    const team = await makeTeam(core, { name: 'Service Desk' });
    await makePlan(core, { teamId: team.id, model: 'itil4', status: 'completed', startDate: '2026-02-01' });
    await makePlan(core, { teamId: team.id, model: 'msp', status: 'active', startDate: '2025-02-01' });
    const { dimensions } = await core.call('model.get', { id: msp });
    const older = await core.call('assessment.create', {
      teamId: team.id,
      modelId: msp,
      date: '2026-01-15',
      scores: [{ dimensionId: dimensions[0]!.id, level: 1 }],
    });
    const newer = await core.call('assessment.create', {
      teamId: team.id,
      modelId: msp,
      date: '2026-03-15',
      source: 'audit',
    });

    const overview = await core.call('assessment.overview', { teamId: team.id });
    expect(overview.team.name).toBe('Service Desk');
    expect(overview.models.map((m) => m.id)).toEqual([msp, itil]);
    expect(overview.model?.id).toBe(msp);
    expect(overview.model?.dimensions).toHaveLength(dimensions.length);
    expect(overview.assessments.map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(overview.assessments[1]!.scores.map((s) => s.level)).toEqual([1]);

    const onItil = await core.call('assessment.overview', { teamId: team.id, modelId: itil });
    expect(onItil.model?.id).toBe(itil);
    expect(onItil.assessments).toEqual([]);
  });

  it('adds a model the team was only assessed on, after those of its plans', async () => {
    const team = await makeTeam(core);
    await makePlan(core, { teamId: team.id, model: 'msp' });
    await core.call('assessment.create', { teamId: team.id, modelId: itil, date: '2026-01-15' });
    const overview = await core.call('assessment.overview', { teamId: team.id });
    expect(overview.models.map((m) => m.id)).toEqual([msp, itil]);
  });

  it('has no model for a team with no plan and no assessment, until one is asked for', async () => {
    const team = await makeTeam(core);
    expect(await core.call('assessment.overview', { teamId: team.id })).toMatchObject({
      models: [],
      model: null,
      assessments: [],
    });
    const asked = await core.call('assessment.overview', { teamId: team.id, modelId: msp });
    expect(asked.model?.id).toBe(msp);
    expect(asked.models.map((m) => m.id)).toEqual([msp]);
  });

  it('answers "not found" for a team or model that does not exist', async () => {
    const team = await makeTeam(core);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await core.invoke('assessment.overview', { teamId: missing })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await core.invoke('assessment.overview', { teamId: team.id, modelId: missing })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

describe('teams', () => {
  it('are created with defaults, listed by name and counted with their plans', async () => {
    await makeTeam(core, { name: 'Workplace' });
    const desk = await makeTeam(core, { name: 'application support' });
    await makePlan(core, { teamId: desk.id });
    const teams = await core.call('team.list', {});
    expect(teams.map((t) => [t.name, t.planCount, t.activePlanCount])).toEqual([
      ['application support', 1, 1],
      ['Workplace', 0, 0],
    ]);
    expect(teams[1]).toMatchObject({
      client: 'Northwind Retail',
      serviceScope: '',
      colour: '#2f6fdf',
      archived: false,
    });
  });

  it('are renamed with trimmed names, and the change is in the history with who made it', async () => {
    await core.call('settings.update', { userName: 'Claire Martin' });
    const team = await makeTeam(core);
    const renamed = await core.call('team.update', { id: team.id, patch: { name: '  Service Desk EMEA ' } });
    expect(renamed.name).toBe('Service Desk EMEA');
    expect(renamed.updatedAt >= team.updatedAt).toBe(true);
    const history = await core.call('history.list', { teamId: team.id });
    expect(history.map((c) => c.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({
      entity: 'team',
      by: 'Claire Martin',
      before: { name: 'Service Desk' },
      after: { name: 'Service Desk EMEA' },
    });
  });

  it('are archived out of the list and restored', async () => {
    const team = await makeTeam(core);
    await core.call('team.setArchived', { id: team.id, archived: true });
    expect(await core.call('team.list', {})).toEqual([]);
    expect((await core.call('team.list', { includeArchived: true }))[0]?.archived).toBe(true);
    await core.call('team.setArchived', { id: team.id, archived: false });
    expect(await core.call('team.list', {})).toHaveLength(1);
  });

  it('are deleted with their plans, steps and assessments, each deletion recorded', async () => {
    const plan = await makePlan(core, { targets: 2 });
    await core.call('step.create', {
      planId: plan.id,
      title: 'A step',
      targetId: plan.targets[0]?.id ?? null,
    });
    await core.call('team.delete', { id: plan.teamId });
    expect(await core.call('team.list', { includeArchived: true })).toEqual([]);
    expect(await core.call('plan.list', {})).toEqual([]);
    const deletions = (await core.call('history.list', { teamId: plan.teamId })).filter(
      (c) => c.action === 'delete',
    );
    expect(deletions.map((c) => c.entity).sort()).toEqual(['plan', 'step', 'target', 'target', 'team']);
    expect(new Set(deletions.map((c) => c.batchId)).size).toBe(1);
  });

  it('come back whole when their deletion is undone: plans, assessments and surveys', async () => {
    const plan = await makePlan(core, { targets: 2 });
    await core.call('step.create', {
      planId: plan.id,
      title: 'A step',
      targetId: plan.targets[0]?.id ?? null,
    });
    const dimensionId = plan.targets[0]?.dimensionId as string;
    const assessment = await core.call('assessment.create', {
      teamId: plan.teamId,
      modelId: plan.modelId,
      date: '2026-02-02',
      scores: [{ dimensionId, level: 2 }],
    });
    const survey = await core.call('survey.createFromTemplate', {
      teamId: plan.teamId,
      title: 'Satisfaction 2026',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-21',
    });
    const before = {
      plan: await core.call('plan.get', { id: plan.id }),
      assessments: await core.call('assessment.list', { teamId: plan.teamId }),
      survey: await core.call('survey.get', { id: survey.id }),
    };

    await core.call('team.delete', { id: plan.teamId });
    expect(await core.call('assessment.get', { id: assessment.id }).catch((e: Error) => e.message)).toMatch(
      /no assessment/i,
    );
    await core.call('history.undo', {});

    expect((await core.call('team.list', {})).map((t) => t.id)).toEqual([plan.teamId]);
    expect(await core.call('plan.get', { id: plan.id })).toEqual(before.plan);
    expect(await core.call('assessment.list', { teamId: plan.teamId })).toEqual(before.assessments);
    expect(await core.call('survey.get', { id: survey.id })).toEqual(before.survey);
  });

  it('refuse a colour that is not one', async () => {
    const result = await core.invoke('team.create', { name: 'X', colour: 'red' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'colour' } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atRiskRows } from '@shared/calc/portfolio';
import { contract } from '@shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makeStep, makeTarget, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00') });
});
afterEach(() => core.dispose());

/**
 * A team on a copy of the MSP model (so that a dimension can be retired), with an active plan from
 * 5 January 2026: "SLA compliance" from 1 to 3 by 30 April, "Contract governance" set at its baseline
 * of 3, and a target on "Change control", which is then retired. Today is 10 March 2026.
 */
async function deskWithPlan() {
  const model = await core.call('model.copy', { id: builtinModelId('msp'), name: 'Our MSP model' });
  const [sla, governance, change, incidents] = model.dimensions;
  const team = await makeTeam(core);
  const plan = await core.call('plan.create', {
    teamId: team.id,
    modelId: model.id,
    title: 'Desk plan 2026',
    startDate: '2026-01-05',
    endDate: '2026-12-18',
    status: 'active',
    budget: 5_000,
  });
  const slaTarget = await makeTarget(core, {
    planId: plan.id,
    dimensionId: sla!.id,
    baselineLevel: 1,
    targetLevel: 3,
    targetDate: '2026-04-30',
  });
  await makeTarget(core, {
    planId: plan.id,
    dimensionId: governance!.id,
    baselineLevel: 3,
    targetLevel: 3,
    targetDate: '2026-06-30',
  });
  await makeTarget(core, { planId: plan.id, dimensionId: change!.id, baselineLevel: 1, targetLevel: 2 });
  await core.call('dimension.update', { id: change!.id, patch: { retired: true } });
  for (const [date, level] of [
    ['2026-01-01', 1],
    ['2026-01-31', 2],
    ['2026-03-02', 2],
  ] as const) {
    await core.call('assessment.create', {
      teamId: team.id,
      modelId: model.id,
      date,
      scores: [
        { dimensionId: sla!.id, level },
        { dimensionId: incidents!.id, level: level + 1 },
      ],
    });
  }
  const step = (status: 'done' | 'todo' | 'doing' | 'dropped', more: Record<string, unknown> = {}) =>
    makeStep(core, { planId: plan.id, targetId: slaTarget.id, status, ...more });
  await step('done', { doneDate: '2026-02-10', effortDays: 0.5, cost: 1_000 });
  await step('done', { doneDate: '2026-03-01', effortDays: 2, cost: 500 });
  await step('todo', { cost: 2_000 });
  await step('doing');
  await step('dropped', { cost: 800 });
  await core.call('review.create', { planId: plan.id, date: '2026-02-20' });
  return { model, team, plan, sla: sla!, governance: governance!, change: change!, incidents: incidents! };
}

describe('dashboard.team', () => {
  it('shows each target with where it stands, both forecasts and a status', async () => {
    const { team, plan, sla, governance } = await deskWithPlan();
    const dashboard = await core.call('dashboard.team', { teamId: team.id });
    expect(contract['dashboard.team'].output.safeParse(dashboard).success).toBe(true);
    expect(dashboard.today).toBe('2026-03-10');
    expect(dashboard.plan?.id).toBe(plan.id);

    const slaView = dashboard.plan!.targets.find((t) => t.dimensionId === sla.id);
    // Levels 1, 2, 2 on 1 January, 31 January and 2 March reach 3 on 21 April (see the forecast tests).
    // Steps: 2 done in the 64 days since 5 January, 2 open: 64 more days, 13 May, within a month of
    // the 30 April target date: at risk.
    expect(slaView).toMatchObject({
      current: 2,
      currentDate: '2026-03-02',
      progress: 0.5,
      forecastFromTrend: '2026-04-21',
      forecastFromSteps: '2026-05-13',
      status: 'at-risk',
      stepCount: 4,
      doneStepCount: 2,
      retired: false,
      forecastLine: [
        { date: '2026-03-02', level: 2 },
        { date: '2026-04-21', level: 3 },
      ],
    });
    expect(slaView?.history.map((p) => p.level)).toEqual([1, 2, 2]);
    // Never assessed, set at its baseline: reached.
    expect(dashboard.plan!.targets.find((t) => t.dimensionId === governance.id)).toMatchObject({
      current: null,
      progress: 1,
      status: 'reached',
    });
  });

  it('adds up the plan: progress per plan and axis, momentum, budget and burn-up', async () => {
    const { team, model, change } = await deskWithPlan();
    const plan = (await core.call('dashboard.team', { teamId: team.id })).plan!;
    // SLA 0.5, contract 1, change control (retired, never assessed) 0: (0.5 + 1 + 0) / 3 = 0.5.
    expect(plan.progress).toBeCloseTo(0.5);
    // The three targets are on the model's first axis.
    expect(plan.axisProgress).toEqual([{ axisId: model.axes[0]!.id, progress: plan.progress }]);
    expect(plan.targets.find((t) => t.dimensionId === change.id)?.retired).toBe(true);
    // Two steps done in the 8 weeks before today, one of them a quick win; the last on 1 March.
    expect(plan.momentum).toEqual({
      stepsDonePerWeek: 2 / 8,
      quickWinShare: 0.5,
      daysSinceLastDone: 9,
      nextReviewDue: '2026-03-20',
      reviewOverdue: false,
      stalling: false,
    });
    expect(plan.lastReviewDate).toBe('2026-02-20');
    // Planned: 1,000 + 500 + 2,000 (the dropped step's 800 left out); spent 1,500 for one level gained.
    expect(plan.budget).toEqual({
      budget: 5_000,
      planned: 3_500,
      spent: 1_500,
      remaining: 1_500,
      overBudget: false,
      levelsGained: 1,
      costPerLevelGained: 1_500,
    });
    // Weekly from 5 January to 9 March, then today: the steps written today join the plan today.
    expect(plan.burnUp).toHaveLength(11);
    expect(plan.burnUp.slice(-2)).toEqual([
      { date: '2026-03-09', done: 2, total: 2 },
      { date: '2026-03-10', done: 2, total: 4 },
    ]);
  });

  it('draws one radar of the model without its retired dimension, and trends per axis', async () => {
    const { team, model, sla, change, incidents } = await deskWithPlan();
    const plan = (await core.call('dashboard.team', { teamId: team.id })).plan!;
    expect(plan.radars).toHaveLength(1);
    const points = plan.radars[0]!.points;
    expect(points).toHaveLength(model.dimensions.length - 1);
    expect(points.some((p) => p.dimensionId === change.id)).toBe(false);
    expect(points.find((p) => p.dimensionId === sla.id)).toEqual({
      dimensionId: sla.id,
      baseline: 1,
      current: 2,
      target: 3,
      targeted: true,
    });
    // No target: the baseline is the level when the plan started, the target where it stands.
    expect(points.find((p) => p.dimensionId === incidents.id)).toEqual({
      dimensionId: incidents.id,
      baseline: 2,
      current: 3,
      target: 3,
      targeted: false,
    });
    // Overall on 1 January: SLA 1 and incidents 2 → 1.5.
    expect(plan.trends.overall[0]).toEqual({ date: '2026-01-01', level: 1.5 });
    expect(plan.trends.axes.map((a) => a.axisId)).toEqual(
      model.axes.filter((a) => [sla.axisId, incidents.axisId].includes(a.id)).map((a) => a.id),
    );
  });

  it('opens the active plan by default, another on demand, and none for a team without', async () => {
    const { team, plan, model } = await deskWithPlan();
    const later = await core.call('plan.create', {
      teamId: team.id,
      modelId: model.id,
      title: 'Next year',
      startDate: '2027-01-04',
      endDate: '2027-12-17',
    });
    const dashboard = await core.call('dashboard.team', { teamId: team.id });
    expect(dashboard.plans.map((p) => p.id)).toEqual([later.id, plan.id]);
    expect(dashboard.plan?.id).toBe(plan.id);
    expect((await core.call('dashboard.team', { teamId: team.id, planId: later.id })).plan?.title).toBe(
      'Next year',
    );

    const lonely = await makeTeam(core, { name: 'Network' });
    expect(await core.call('dashboard.team', { teamId: lonely.id })).toMatchObject({ plans: [], plan: null });
    expect(await core.invoke('dashboard.team', { teamId: lonely.id, planId: plan.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await core.invoke('dashboard.team', { teamId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'teamId' },
    });
  });
});

describe('portfolio.get and portfolio.watchList', () => {
  it('puts every team not archived on its model’s heatmap, with its gaps and trend', async () => {
    const { team, model, sla, governance, incidents } = await deskWithPlan();
    const archived = await makeTeam(core, { name: 'Legacy hosting' });
    await core.call('team.setArchived', { id: archived.id, archived: true });
    const newcomer = await makeTeam(core, { name: 'Network', client: 'Hexa Bank' });
    const portfolio = await core.call('portfolio.get', {});
    expect(contract['portfolio.get'].output.safeParse(portfolio).success).toBe(true);
    const watchList = await core.call('portfolio.watchList', {});
    expect(contract['portfolio.watchList'].output.safeParse(watchList).success).toBe(true);

    expect(portfolio.blocks.map((b) => b.model.id)).toEqual([model.id]);
    const [row] = portfolio.blocks[0]!.rows;
    expect(row?.teamId).toBe(team.id);
    expect(portfolio.unrated.map((t) => t.teamId)).toEqual([newcomer.id]);
    expect(portfolio.clients).toEqual(['Hexa Bank', 'Northwind Retail']);
    // One cell per dimension still rated, in the model's order.
    const columns = portfolio.blocks[0]!.model.dimensions.filter((d) => !d.retired).map((d) => d.id);
    expect(columns).toHaveLength(model.dimensions.length - 1);
    expect(row?.levels).toHaveLength(columns.length);
    expect(row?.targetLevels).toHaveLength(columns.length);
    expect(row?.gaps).toHaveLength(columns.length);
    const cell = (id: string) => {
      const i = columns.indexOf(id);
      return { level: row?.levels[i], targetLevel: row?.targetLevels[i], gap: row?.gaps[i] };
    };
    expect(cell(sla.id)).toEqual({ level: 2, targetLevel: 3, gap: 1 });
    expect(cell(governance.id)).toEqual({ level: null, targetLevel: 3, gap: 0 });
    expect(cell(incidents.id)).toEqual({ level: 3, targetLevel: null, gap: null });
    // Gaps 1 and 0 (the retired dimension's target is off the heatmap); progress (0.5 + 1 + 0) / 3.
    expect(row?.averageGap).toBe(0.5);
    expect(row?.progress).toBeCloseTo(0.5);
    expect(row?.trend.levels).toEqual([1.5, 2.5, 2.5]);
    expect(row?.trend.days).toHaveLength(3);
    expect(portfolio.lastReviewDate).toBe('2026-02-20');
  });

  it('lists the targets at risk and the stalling plans of active plans', async () => {
    const { team, plan, sla, change } = await deskWithPlan();
    const other = await makeTeam(core, { name: 'Network' });
    const idle = await core.call('plan.create', {
      teamId: other.id,
      modelId: builtinModelId('msp'),
      title: 'Idle plan',
      startDate: '2026-01-05',
      endDate: '2026-12-18',
      status: 'active',
    });
    const portfolio = await core.call('portfolio.watchList', {});
    expect(atRiskRows(portfolio)).toEqual([
      expect.objectContaining({
        teamId: team.id,
        planId: plan.id,
        dimensionId: sla.id,
        dimensionName: 'SLA compliance',
        status: 'at-risk',
        current: 2,
        forecast: '2026-05-13',
      }),
      // Never assessed and no step done: no forecast yet, so at risk, by its later date.
      expect.objectContaining({ dimensionId: change.id, status: 'at-risk', forecast: null }),
    ]);
    // No step done and no review since 5 January: 64 days idle, the review due on 2 February.
    expect(portfolio.stalling).toEqual([
      expect.objectContaining({
        planId: idle.id,
        daysSinceLastDone: null,
        reviewOverdue: true,
        nextReviewDue: '2026-02-02',
      }),
    ]);
  });

  it('weighs a target as it stands today: a step done and a level set on a day ahead change nothing', async () => {
    const { team, model, plan, sla } = await deskWithPlan();
    const before = atRiskRows(await core.call('portfolio.watchList', {}));
    const [slaTarget] = await core.call('target.list', { planId: plan.id });
    await makeStep(core, {
      planId: plan.id,
      targetId: slaTarget!.id,
      status: 'done',
      doneDate: '2026-03-20',
    });
    expect(atRiskRows(await core.call('portfolio.watchList', {}))).toEqual(before);
    await core.call('assessment.create', {
      teamId: team.id,
      modelId: model.id,
      date: '2026-04-01',
      scores: [{ dimensionId: sla.id, level: 3 }],
    });
    expect(atRiskRows(await core.call('portfolio.watchList', {}))).toEqual(before);
    expect(before).toContainEqual(
      expect.objectContaining({ dimensionId: sla.id, status: 'at-risk', current: 2, forecast: '2026-05-13' }),
    );
  });

  it('filters by client, model and plan status', async () => {
    const { model } = await deskWithPlan();
    const network = await makeTeam(core, { name: 'Network', client: 'Hexa Bank' });
    await core.call('plan.create', {
      teamId: network.id,
      modelId: builtinModelId('itil4'),
      title: 'Network plan',
      startDate: '2026-02-02',
      endDate: '2026-12-18',
    });
    const names = async (query: Parameters<typeof core.call<'portfolio.get'>>[1]) =>
      (await core.call('portfolio.get', query)).blocks.map((b) => [
        b.model.name,
        b.rows.map((r) => r.teamName),
      ]);
    expect(await names({})).toEqual([
      ['ITIL 4 practices', ['Network']],
      ['Our MSP model', ['Service Desk']],
    ]);
    expect(await names({ client: 'Hexa Bank' })).toEqual([['ITIL 4 practices', ['Network']]]);
    expect(await names({ modelId: model.id })).toEqual([['Our MSP model', ['Service Desk']]]);
    expect(await names({ planStatuses: ['draft'] })).toEqual([['ITIL 4 practices', ['Network']]]);
    const filtered = await core.call('portfolio.get', { planStatuses: ['draft'] });
    expect(filtered.unrated.map((t) => t.teamName)).toEqual(['Service Desk']);
    expect(filtered.models.map((m) => m.name)).toEqual(['ITIL 4 practices', 'Our MSP model']);
  });
});

describe('portfolio.compare', () => {
  it('says what changed between two days, team by team', async () => {
    const { team, sla, incidents } = await deskWithPlan();
    const changes = await core.call('portfolio.compare', { from: '2026-01-15', to: '2026-03-10' });
    expect(contract['portfolio.compare'].output.safeParse(changes).success).toBe(true);
    // SLA 1 → 2 and incidents 2 → 3 after 15 January; steps done on 10 February and 1 March.
    expect(changes.totals).toEqual({ levelsUp: 2, levelsDown: 0, stepsDone: 2, targetsReached: 0 });
    const [desk] = changes.teams;
    expect(desk?.teamId).toBe(team.id);
    expect(desk?.levelsUp).toEqual([
      {
        dimensionId: sla.id,
        dimensionName: 'SLA compliance',
        dimensionNameFr: expect.any(String),
        from: 1,
        to: 2,
      },
      {
        dimensionId: incidents.id,
        dimensionName: incidents.name,
        dimensionNameFr: expect.any(String),
        from: 2,
        to: 3,
      },
    ]);
  });

  it('counts a target reached between the two days', async () => {
    const { team, model, sla } = await deskWithPlan();
    await core.call('assessment.create', {
      teamId: team.id,
      modelId: model.id,
      date: '2026-03-09',
      scores: [{ dimensionId: sla.id, level: 3 }],
    });
    const changes = await core.call('portfolio.compare', { from: '2026-03-02', to: '2026-03-10' });
    expect(changes.teams[0]?.targetsReached).toEqual([
      expect.objectContaining({ dimensionId: sla.id, planTitle: 'Desk plan 2026', targetLevel: 3 }),
    ]);
    expect(changes.totals).toMatchObject({ levelsUp: 1, targetsReached: 1 });
  });

  it('refuses a period that ends before it starts', async () => {
    expect(await core.invoke('portfolio.compare', { from: '2026-03-10', to: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'to' },
    });
  });
});

describe('the sample data', () => {
  it('shows every team on the portfolio, each with a dashboard', async () => {
    await core.call('app.loadSampleData', {});
    const teams = await core.call('team.list', {});
    const portfolio = await core.call('portfolio.get', {});
    const shown = [...portfolio.blocks.flatMap((b) => b.rows), ...portfolio.unrated].map((r) => r.teamId);
    expect(shown.sort()).toEqual(teams.map((t) => t.id).sort());
    for (const team of teams) {
      const dashboard = await core.call('dashboard.team', { teamId: team.id });
      expect(dashboard.plan).not.toBeNull();
    }
    // The sample has targets on their way, reached, at risk and off track.
    const statuses = new Set(
      (await Promise.all(teams.map((t) => core.call('dashboard.team', { teamId: t.id })))).flatMap((d) =>
        d.plan!.targets.map((t) => t.status),
      ),
    );
    expect([...statuses].sort()).toEqual(['at-risk', 'off-track', 'on-track', 'reached']);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core';
import { builtinModelId, makeStep, makeTarget } from '../helpers/factories';
import { addTeam, renderApp } from './helpers/renderApp';

const now = new Date('2026-03-10T09:00:00');

/**
 * Service Desk on the MSP model: an active plan since 5 January with "SLA compliance" from 1 to 3 by
 * 30 April (assessed 1, 2, 2), "Skills" from 2 to 3, two steps done and two open; a draft plan for later.
 */
async function serviceDesk(core: TestCore) {
  const team = await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
  const model = await core.call('model.get', { id: builtinModelId('msp') });
  const dimension = (key: string) => model.dimensions.find((d) => d.key === key)!;
  const plan = await core.call('plan.create', {
    teamId: team.id,
    modelId: model.id,
    title: 'Desk plan 2026',
    objective: 'Hold the SLA every month.',
    startDate: '2026-01-05',
    endDate: '2026-12-18',
    status: 'active',
    budget: 5_000,
  });
  const sla = await makeTarget(core, {
    planId: plan.id,
    dimensionId: dimension('sla-compliance').id,
    baselineLevel: 1,
    targetLevel: 3,
    targetDate: '2026-04-30',
  });
  await makeTarget(core, {
    planId: plan.id,
    dimensionId: dimension('skills').id,
    baselineLevel: 2,
    targetLevel: 3,
    targetDate: '2026-09-30',
  });
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
        { dimensionId: dimension('sla-compliance').id, level },
        { dimensionId: dimension('skills').id, level: 2 },
      ],
    });
  }
  await makeStep(core, {
    planId: plan.id,
    targetId: sla.id,
    status: 'done',
    doneDate: '2026-02-10',
    cost: 1_000,
  });
  await makeStep(core, {
    planId: plan.id,
    targetId: sla.id,
    status: 'done',
    doneDate: '2026-03-01',
    cost: 500,
  });
  await makeStep(core, { planId: plan.id, targetId: sla.id, status: 'todo', cost: 2_000 });
  await makeStep(core, { planId: plan.id, targetId: sla.id, status: 'doing' });
  const draft = await core.call('plan.create', {
    teamId: team.id,
    modelId: model.id,
    title: 'Desk plan 2027',
    startDate: '2027-01-04',
    endDate: '2027-12-17',
  });
  return { team, plan, draft };
}

// The dashboard's first visit loads the charting library.
describe('Team dashboard', { timeout: 20_000 }, () => {
  it('opens from the list of teams on the team’s active plan, with its links', async () => {
    let ids = { team: '', plan: '' };
    const { user } = await renderApp({
      hash: '#/teams',
      now,
      prepare: async (core) => {
        const { team, plan } = await serviceDesk(core);
        ids = { team: team.id, plan: plan.id };
      },
    });
    const list = await screen.findByRole('table', { name: 'Teams' });
    await user.click(within(list).getByRole('link', { name: 'Service Desk' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service Desk' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/team/${ids.team}`);
    expect(screen.getByRole('link', { name: 'Rate the team' })).toHaveAttribute(
      'href',
      `#/assess/${ids.team}`,
    );
    expect(screen.getByRole('link', { name: 'Open plan' })).toHaveAttribute('href', `#/plan/${ids.plan}`);
    expect(screen.getByRole('combobox', { name: 'Plan' })).toHaveDisplayValue('Desk plan 2026');
  });

  it('shows each target with its levels, progress, forecasts and status', async () => {
    let teamId = '';
    await renderApp({
      now,
      prepare: async (core) => {
        teamId = (await serviceDesk(core)).team.id;
      },
    });
    window.location.hash = `#/team/${teamId}`;
    const targets = await screen.findByRole('table', { name: 'Targets' });
    const rows = within(targets).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'SLA complianceTechnical and contractual control of the service',
      'SkillsQuality of people',
    ]);
    const [sla, skills] = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    // Levels 1, 2, 2 reach 3 on 21 April; 2 steps done in 64 days, 2 open: 13 May, within a month of 30 April.
    expect(sla).toEqual([
      'Baseline 1, now 2, target 31 → 2 → 3by 30 Apr 2026',
      'At risk50%',
      'Assessments21 Apr 2026Steps13 May 2026',
    ]);
    // Flat at 2 and no step: no forecast yet, time left.
    expect(skills?.slice(1)).toEqual(['At risk0%', 'AssessmentsNot yetStepsNot yet']);
    expect(screen.getByRole('progressbar', { name: 'SLA compliance: 50% of the way' })).toHaveValue(0.5);

    const figures = screen.getByRole('region', { name: 'The plan in figures' });
    expect(within(figures).getByText('25%').closest('.stat')).toHaveTextContent('Progress');
    expect(within(figures).getByText('9 days ago')).toBeInTheDocument();
  });

  it('draws the radar, the trend of every target, the burn-up and the budget', async () => {
    let teamId = '';
    await renderApp({
      now,
      prepare: async (core) => {
        teamId = (await serviceDesk(core)).team.id;
      },
    });
    window.location.hash = `#/team/${teamId}`;
    await screen.findByRole('table', { name: 'Targets' });
    // The MSP model's 17 dimensions fit one radar; the charts load after the figures above them.
    const radar = await screen.findByRole(
      'figure',
      { name: 'Baseline, current level and target, MSP key points' },
      { timeout: 10_000 },
    );
    expect(radar.querySelectorAll('.recharts-polar-angle-axis-tick')).toHaveLength(17);
    expect(radar.querySelectorAll('.recharts-radar')).toHaveLength(3);
    // One small chart per target, each with its level line and its forecast.
    const sla = screen.getByRole('figure', { name: 'SLA compliance' });
    expect(within(sla).getByText('Target 3 by 30 Apr 2026 · forecast 21 Apr 2026')).toBeInTheDocument();
    expect(sla.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect(screen.getByRole('figure', { name: 'Skills' })).toBeInTheDocument();
    expect(
      screen
        .getByRole('figure', { name: 'Steps done against steps planned, week by week' })
        .querySelectorAll('.recharts-line'),
    ).toHaveLength(2);
    expect(
      screen
        .getByRole('figure', { name: 'Budget, planned and spent' })
        .querySelectorAll('.recharts-bar-rectangle'),
    ).toHaveLength(3);
    expect(screen.getByText('€1,500 (1 level gained)')).toBeInTheDocument();
    const byAxis = screen.getByRole('region', { name: 'Progress by axis' });
    expect(
      within(byAxis)
        .getAllByRole('progressbar')
        .map((bar) => bar.getAttribute('aria-label')),
    ).toEqual([
      'Technical and contractual control of the service: 50% of the way',
      'Quality of people: 0% of the way',
    ]);
  });

  it('switches to another plan of the team from the plan selector', async () => {
    let ids = { team: '', draft: '' };
    const { user } = await renderApp({
      now,
      prepare: async (core) => {
        const { team, draft } = await serviceDesk(core);
        ids = { team: team.id, draft: draft.id };
      },
    });
    window.location.hash = `#/team/${ids.team}`;
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Plan' }), 'Desk plan 2027');
    expect(await screen.findByRole('heading', { name: 'This plan has no targets yet' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/team/${ids.team}?plan=${ids.draft}`);
    expect(screen.getByRole('link', { name: 'Open plan' })).toHaveAttribute('href', `#/plan/${ids.draft}`);
  });

  it('invites to create a plan for a team without one', async () => {
    let teamId = '';
    await renderApp({
      now,
      prepare: async (core) => {
        teamId = (await addTeam(core, 'Network')).id;
      },
    });
    window.location.hash = `#/team/${teamId}`;
    expect(await screen.findByRole('heading', { name: 'No plan for this team yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to plans' })).toHaveAttribute(
      'href',
      `#/plans?team=${teamId}`,
    );
    expect(screen.queryByRole('link', { name: 'Open plan' })).not.toBeInTheDocument();
  });

  it('flags a stalling plan and says why', async () => {
    let teamId = '';
    await renderApp({
      now,
      prepare: async (core) => {
        const team = await addTeam(core, 'Network');
        teamId = team.id;
        await core.call('plan.create', {
          teamId: team.id,
          modelId: builtinModelId('itil4'),
          title: 'Network plan',
          startDate: '2026-01-05',
          endDate: '2026-12-18',
          status: 'active',
        });
      },
    });
    window.location.hash = `#/team/${teamId}`;
    expect(
      await screen.findByText(/No step has been done yet\. The review was due on 2 Feb 2026\./),
    ).toBeInTheDocument();
    expect(screen.getByText('This plan is stalling.')).toBeInTheDocument();
    // The ITIL 4 practices: one radar per group.
    expect(await screen.findAllByRole('figure', { name: /practices$/ })).toHaveLength(3);
  });
});

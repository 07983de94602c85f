import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, firstBuiltinModel, renderApp } from './helpers/renderApp';

describe('Home screen', () => {
  // The sample data is a year of history for several teams: it takes a few seconds to write.
  it('welcomes a new user and loads the sample data in one click', { timeout: 20_000 }, async () => {
    const { core, user } = await renderApp();
    expect(await screen.findByRole('heading', { name: 'Welcome to Stepwise' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create a team' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load sample data' }));

    const activePlans = await screen.findByRole('list', { name: 'Active plans' });
    const teams = await core.call('team.list', {});
    expect(teams.length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Welcome to Stepwise' })).not.toBeInTheDocument();
    const plans = (await core.call('plan.list', {})).filter((plan) => plan.status === 'active');
    expect(within(activePlans).getAllByRole('listitem')).toHaveLength(plans.length);
    expect(within(activePlans).getByRole('heading', { name: plans[0]!.title })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(/Sample data loaded: \d+ teams/);

    await user.click(screen.getByRole('link', { name: 'Teams' }));
    const table = await screen.findByRole('table', { name: 'Teams' });
    for (const team of teams) expect(within(table).getByText(team.name)).toBeInTheDocument();
  });

  it('creates the first team from the welcome', async () => {
    const { core, user } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Create a team' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Service Desk{Enter}');

    expect(await screen.findByRole('heading', { name: 'No active plan' })).toBeInTheDocument();
    expect((await core.call('team.list', {})).map((team) => team.name)).toEqual(['Service Desk']);
  });

  it('counts teams, active plans and their open steps, and shows each active plan', async () => {
    await renderApp({
      prepare: async (core) => {
        const team = await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
        await addTeam(core, 'Network');
        const model = await firstBuiltinModel(core);
        const dates = { startDate: '2026-03-01', endDate: '2027-02-28' };
        const plan = await core.call('plan.create', {
          teamId: team.id,
          modelId: model.id,
          title: 'Desk plan',
          status: 'active',
          ...dates,
        });
        await core.call('plan.create', { teamId: team.id, modelId: model.id, title: 'Old plan', ...dates });
        for (const [title, status] of [
          ['Publish the SLA report', 'done'],
          ['Weekly huddle', 'doing'],
          ['Complaint mailbox', 'todo'],
          ['Chatbot', 'dropped'],
        ] as const) {
          await core.call('step.create', { planId: plan.id, title, status });
        }
      },
    });
    const figures = await screen.findByRole('region', { name: 'Key figures' });
    const terms = within(figures).getAllByRole('term');
    const values = within(figures).getAllByRole('definition');
    expect(terms.map((term, i) => [term.textContent, values[i]?.textContent])).toEqual([
      ['Teams', '2'],
      ['Active plans', '1'],
      ['Open steps in active plans', '2'],
    ]);

    const card = within(screen.getByRole('list', { name: 'Active plans' })).getByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Desk plan' })).toBeInTheDocument();
    expect(within(card).getByText('Service Desk · Northwind Retail')).toBeInTheDocument();
    expect(within(card).getByText('1 Mar 2026 – 28 Feb 2027')).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: '1 of 3 steps done' })).toHaveAttribute(
      'value',
      '1',
    );
    expect(screen.queryByText('Old plan')).not.toBeInTheDocument();
  });
});

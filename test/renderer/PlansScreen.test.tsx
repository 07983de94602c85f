import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { oneYearAfter, today } from '../../src/renderer/format';
import { addTeam, firstBuiltinModel, renderApp } from './helpers/renderApp';
import type { TestCore } from '../helpers/core';

async function addPlan(core: TestCore, teamId: string, title: string, status: 'draft' | 'active' = 'draft') {
  const model = await firstBuiltinModel(core);
  return core.call('plan.create', {
    teamId,
    modelId: model.id,
    title,
    status,
    startDate: '2026-03-01',
    endDate: '2027-02-28',
  });
}

describe('Plans screen', () => {
  it('guides to create a team first when there is none', async () => {
    const { user } = await renderApp({ hash: '#/plans' });
    expect(await screen.findByRole('heading', { name: 'Create a team first' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New plan' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create a team' }));
    expect(screen.getByRole('dialog', { name: 'New team' })).toBeInTheDocument();
  });

  it('creates a plan for a team on a built-in model, over a year from today', async () => {
    let modelName = '';
    const { core, user } = await renderApp({
      hash: '#/plans',
      prepare: async (core) => {
        await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
        modelName = (await firstBuiltinModel(core)).name;
      },
    });
    await user.click((await screen.findAllByRole('button', { name: 'New plan' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    const model = within(dialog).getByRole('combobox', { name: 'Maturity model' });
    expect(within(model).getAllByRole('group')[0]).toHaveAttribute('label', 'Built-in models');
    expect(within(dialog).getByLabelText('Start date')).toHaveValue(today());
    expect(within(dialog).getByLabelText('End date')).toHaveValue(oneYearAfter(today()));

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Team' }),
      'Service Desk · Northwind Retail',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Service desk progress plan{Enter}',
    );

    const row = await screen.findByRole('row', { name: /Service desk progress plan/ });
    expect(within(row).getByText(modelName)).toBeInTheDocument();
    expect(within(row).getByRole('combobox', { name: 'Status of Service desk progress plan' })).toHaveValue(
      'draft',
    );
    const [plan] = await core.call('plan.list', {});
    expect(plan).toMatchObject({
      title: 'Service desk progress plan',
      teamName: 'Service Desk',
      modelName,
      status: 'draft',
      startDate: today(),
      endDate: oneYearAfter(today()),
    });
  });

  it('shows why a plan is refused and keeps the dialog open', async () => {
    const { core, user } = await renderApp({
      hash: '#/plans',
      prepare: async (core) => void (await addTeam(core, 'Service Desk')),
    });
    await user.click((await screen.findAllByRole('button', { name: 'New plan' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Check “Title”: it is required.');
    expect(await core.call('plan.list', {})).toEqual([]);
  });

  it('changes the status of a plan from the list', async () => {
    const { core, user } = await renderApp({
      hash: '#/plans',
      prepare: async (core) => {
        const team = await addTeam(core, 'Service Desk');
        await addPlan(core, team.id, 'Operations roadmap');
      },
    });
    const status = await screen.findByRole('combobox', { name: 'Status of Operations roadmap' });
    await user.selectOptions(status, 'On hold');

    await waitFor(async () => expect((await core.call('plan.list', {}))[0]?.status).toBe('on-hold'));
    await waitFor(() => expect(status).toHaveValue('on-hold'));
    expect(await screen.findByText('“Operations roadmap”: status set to On hold.')).toBeInTheDocument();
  });

  it('filters plans by team and status, from the address too', async () => {
    const { user } = await renderApp({
      hash: '#/plans?status=active',
      prepare: async (core) => {
        const desk = await addTeam(core, 'Service Desk');
        const network = await addTeam(core, 'Network');
        await addPlan(core, desk.id, 'Desk plan', 'active');
        await addPlan(core, desk.id, 'Desk draft');
        await addPlan(core, network.id, 'Network plan', 'active');
      },
    });
    const table = await screen.findByRole('table', { name: 'Improvement plans' });
    expect(within(table).getByText('Desk plan')).toBeInTheDocument();
    expect(within(table).getByText('Network plan')).toBeInTheDocument();
    expect(within(table).queryByText('Desk draft')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'Network');
    await waitFor(() => expect(within(table).queryByText('Desk plan')).not.toBeInTheDocument());
    expect(within(table).getByText('Network plan')).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/plans\?team=.+&status=active$/);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(table).getByText('Desk draft')).toBeInTheDocument());
  });
});

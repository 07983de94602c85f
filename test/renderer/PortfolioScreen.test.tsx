import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, firstBuiltinModel, renderApp } from './helpers/renderApp';

describe('Portfolio screen', () => {
  it('shows one row per active team with its plans, targets and steps', async () => {
    await renderApp({
      hash: '#/portfolio',
      prepare: async (core) => {
        const desk = await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
        await addTeam(core, 'Network');
        const old = await addTeam(core, 'Legacy Hosting');
        await core.call('team.setArchived', { id: old.id, archived: true });
        const model = await core.call('model.get', { id: (await firstBuiltinModel(core)).id });
        const plan = await core.call('plan.create', {
          teamId: desk.id,
          modelId: model.id,
          title: 'Desk plan',
          status: 'active',
          startDate: '2026-03-01',
          endDate: '2027-02-28',
        });
        await core.call('target.create', {
          planId: plan.id,
          dimensionId: model.dimensions[0]!.id,
          baselineLevel: model.levels[0]!.value,
          targetLevel: model.levels[1]!.value,
          targetDate: '2026-09-01',
        });
        await core.call('step.create', { planId: plan.id, title: 'First step', status: 'done' });
        await core.call('step.create', { planId: plan.id, title: 'Second step' });
      },
    });
    const table = await screen.findByRole('table', { name: 'Portfolio of active teams' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Network',
      'Service DeskNorthwind Retail',
    ]);
    expect(within(table).queryByText('Legacy Hosting')).not.toBeInTheDocument();

    const desk = rows[1]!;
    expect(within(desk).getByText('Desk plan')).toBeInTheDocument();
    expect(within(desk).getByText('Active')).toBeInTheDocument();
    const [, targets] = within(desk).getAllByRole('cell');
    expect(targets).toHaveTextContent(/^1$/);
    expect(within(desk).getByRole('progressbar', { name: '1 of 2 steps done' })).toBeInTheDocument();
    expect(within(rows[0]!).getByText('No plan yet')).toBeInTheDocument();
  });
});

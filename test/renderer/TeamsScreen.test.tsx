import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, firstBuiltinModel, renderApp } from './helpers/renderApp';

const teamsTable = () => screen.getByRole('table', { name: 'Teams' });

describe('Teams screen', () => {
  it('creates a team through the dialog, lists it and stores it', async () => {
    const { core, user } = await renderApp({ hash: '#/teams' });
    expect(await screen.findByRole('heading', { name: 'No teams yet' })).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'New team' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New team' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Teal' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Service Desk');
    await user.type(within(dialog).getByRole('textbox', { name: 'Client' }), 'Northwind Retail');
    await user.type(within(dialog).getByRole('textbox', { name: 'Service scope' }), 'Level 1 support{Enter}');

    const row = await screen.findByRole('row', { name: /Service Desk/ });
    expect(within(row).getByText('Northwind Retail')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await core.call('team.list', {})).toMatchObject([
      {
        name: 'Service Desk',
        client: 'Northwind Retail',
        serviceScope: 'Level 1 support',
        colour: '#0f9d8a',
      },
    ]);
  });

  it('refuses a team without a name, says why and stores nothing', async () => {
    const { core, user } = await renderApp({ hash: '#/teams' });
    await user.click((await screen.findAllByRole('button', { name: 'New team' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New team' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Client' }), 'Hexa Bank');
    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Check “Name”: it is required.');
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(await core.call('team.list', { includeArchived: true })).toEqual([]);
  });

  it('closes the dialog on Escape and gives focus back', async () => {
    const { user } = await renderApp({ hash: '#/teams' });
    const opener = (await screen.findAllByRole('button', { name: 'New team' }))[0]!;
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'New team' })).toHaveAttribute('aria-modal', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('renames a team with the same dialog', async () => {
    const { core, user } = await renderApp({
      hash: '#/teams',
      prepare: async (core) => void (await addTeam(core, 'Servce Desk', { client: 'Northwind' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Servce Desk' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit team' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Servce Desk');
    await user.clear(name);
    await user.type(name, 'Service Desk{Enter}');

    expect(await within(teamsTable()).findByText('Service Desk')).toBeInTheDocument();
    expect(within(teamsTable()).queryByText('Servce Desk')).not.toBeInTheDocument();
    expect((await core.call('team.list', {})).map((team) => team.name)).toEqual(['Service Desk']);
  });

  it('hides an archived team unless archived teams are shown, and restores it', async () => {
    const { core, user } = await renderApp({
      hash: '#/teams',
      prepare: async (core) => {
        await addTeam(core, 'Service Desk');
        await addTeam(core, 'Network Operations');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Archive Network Operations' }));

    await waitFor(() =>
      expect(within(teamsTable()).queryByText('Network Operations')).not.toBeInTheDocument(),
    );
    expect(within(teamsTable()).getByText('Service Desk')).toBeInTheDocument();
    expect((await core.call('team.list', { includeArchived: true })).find((t) => t.archived)?.name).toBe(
      'Network Operations',
    );

    await user.click(screen.getByRole('switch', { name: 'Show archived' }));
    const row = within(teamsTable()).getByRole('row', { name: /Network Operations/ });
    expect(within(row).getByText('Archived')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Restore Network Operations' }));
    await waitFor(() => expect(within(row).queryByText('Archived')).not.toBeInTheDocument());
    expect((await core.call('team.list', {})).map((team) => team.name)).toContain('Network Operations');
  });

  it('says what a deletion takes with it before deleting', async () => {
    const { core, user } = await renderApp({
      hash: '#/teams',
      prepare: async (core) => {
        const team = await addTeam(core, 'Service Desk');
        const model = await firstBuiltinModel(core);
        for (const title of ['Plan 2025', 'Plan 2026']) {
          await core.call('plan.create', {
            teamId: team.id,
            modelId: model.id,
            title,
            startDate: '2026-01-01',
            endDate: '2026-12-31',
          });
        }
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Delete Service Desk' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Service Desk”?' });
    expect(
      await within(dialog).findByText('2 plans, with their targets, small steps and reviews'),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Delete team' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('heading', { name: 'No teams yet' })).toBeInTheDocument();
    expect(await core.call('team.list', { includeArchived: true })).toEqual([]);
    expect(await core.call('plan.list', {})).toEqual([]);
  });
});

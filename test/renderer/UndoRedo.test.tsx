import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, renderApp } from './helpers/renderApp';

const undoGroup = () => screen.getByRole('group', { name: 'Undo and redo' });
const archived = async (core: Awaited<ReturnType<typeof renderApp>>['core']) =>
  (await core.call('team.list', { includeArchived: true })).map((team) => [team.name, team.archived]);

describe('Undo and redo', () => {
  it('has nothing to undo on a new database', async () => {
    await renderApp();
    const [undo, redo] = within(undoGroup()).getAllByRole('button');
    expect(undo).toHaveAccessibleName('Nothing to undo');
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    expect(redo).toHaveAccessibleName('Nothing to redo');
  });

  it('takes back the latest change with Ctrl+Z and puts it again with Ctrl+Shift+Z or Ctrl+Y', async () => {
    const { core, user } = await renderApp({
      hash: '#/teams',
      prepare: async (core) => {
        await addTeam(core, 'Desk');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Archive Desk' }));
    expect(await archived(core)).toEqual([['Desk', true]]);
    expect(
      await within(undoGroup()).findByRole('button', { name: 'Undo: change “Desk”' }),
    ).toBeInTheDocument();

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Undone: change “Desk”.')).toBeInTheDocument();
    expect(await archived(core)).toEqual([['Desk', false]]);
    expect(await screen.findByRole('button', { name: 'Archive Desk' })).toBeInTheDocument();
    expect(within(undoGroup()).getByRole('button', { name: 'Redo: change “Desk”' })).toBeInTheDocument();

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(await screen.findByText('Redone: change “Desk”.')).toBeInTheDocument();
    expect(await archived(core)).toEqual([['Desk', true]]);

    await user.keyboard('{Control>}z{/Control}');
    await within(undoGroup()).findByRole('button', { name: 'Redo: change “Desk”' });
    await user.keyboard('{Control>}y{/Control}');
    await within(undoGroup()).findByRole('button', { name: 'Undo: change “Desk”' });
    expect(await archived(core)).toEqual([['Desk', true]]);
  });

  it('undoes from its button too, and takes back one change per press, in order', async () => {
    const { core, user } = await renderApp({
      hash: '#/teams',
      prepare: async (core) => {
        const team = await addTeam(core, 'Desk');
        await core.call('team.update', { id: team.id, patch: { client: 'Northwind' } });
        await core.call('team.update', { id: team.id, patch: { client: 'Hexa Bank' } });
      },
    });
    await user.click(await within(undoGroup()).findByRole('button', { name: 'Undo: change “Desk”' }));
    await screen.findByText('Undone: change “Desk”.');
    expect((await core.call('team.list', {}))[0]?.client).toBe('Northwind');
    // Two quick presses: the second waits for the first.
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await screen.findByText('Undone: add “Desk”.');
    expect(await core.call('team.list', { includeArchived: true })).toEqual([]);
  });

  it('leaves Ctrl+Z to text fields and to dialogs', async () => {
    const { core, user } = await renderApp({
      hash: '#/teams',
      prepare: async (core) => {
        await addTeam(core, 'Desk');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Desk' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, ' Europe');
    await user.keyboard('{Control>}z{/Control}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await core.call('team.list', {})).toHaveLength(1);
    expect(screen.queryByText(/^Undone/)).not.toBeInTheDocument();
  });
});

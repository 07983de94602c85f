import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, renderApp } from './helpers/renderApp';

const backupsSection = () => screen.getByRole('region', { name: 'Backups' });
const backupRows = () =>
  within(screen.getByRole('table', { name: 'Backups, newest first' }))
    .getAllByRole('row')
    .slice(1);

describe('the Backups section of Settings', () => {
  it('says there is no backup yet, then takes one on request and lists it as checked', async () => {
    const { core, user } = await renderApp({ hash: '#/settings' });
    expect(await within(backupsSection()).findByText(/No backup yet/)).toBeInTheDocument();
    expect(within(backupsSection()).getByText(`In ${core.dir}/backups`)).toBeInTheDocument();

    await user.click(within(backupsSection()).getByRole('button', { name: 'Back up now' }));

    expect(await screen.findByText(/^Backup taken: /)).toBeInTheDocument();
    const [row] = backupRows();
    expect(within(row!).getByText('On request')).toBeInTheDocument();
    expect(within(row!).getByText('Checked')).toBeInTheDocument();
    expect(within(row!).getByText(/kB$/)).toBeInTheDocument();
    expect((await core.call('backup.list', {})).backups).toHaveLength(1);
  });

  it('restores a backup after saying what will happen, keeping the current data as a backup', async () => {
    const { core, user } = await renderApp({
      hash: '#/settings',
      prepare: async (core) => {
        await addTeam(core, 'Service Desk');
        await core.call('settings.update', { userName: 'Claire' });
        await core.call('backup.now', {});
        await addTeam(core, 'Added since');
        await core.call('settings.update', { userName: 'Hugo' });
      },
    });
    expect(await screen.findByRole('textbox', { name: 'Your name' })).toHaveValue('Hugo');
    const [row] = await waitFor(() => backupRows());
    await user.click(within(row!).getByRole('button', { name: /^Restore the backup of / }));

    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(
      within(dialog).getByText(/Your data will be replaced by the backup taken on .* \(on request\)\./),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Stepwise first keeps your current data as a backup/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));

    expect(
      await screen.findByText(/restored\. Your previous data is kept as a backup\./),
    ).toBeInTheDocument();
    expect((await core.call('team.list', {})).map((t) => t.name)).toEqual(['Service Desk']);
    // The form shows the settings that came back with the data, not the ones it held before.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Claire'));
    await waitFor(() => expect(within(backupRows()[0]!).getByText('Before a restore')).toBeInTheDocument());
  });

  it('keeps the data when the user cancels the restore', async () => {
    const { core, user } = await renderApp({
      hash: '#/settings',
      prepare: async (core) => {
        await core.call('backup.now', {});
        await addTeam(core, 'Kept');
      },
    });
    const [row] = await waitFor(() => backupRows());
    await user.click(within(row!).getByRole('button', { name: /^Restore the backup of / }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await core.call('team.list', {})).map((t) => t.name)).toEqual(['Kept']);
  });

  it('asks the desktop to open the backup folder', async () => {
    const { core, user } = await renderApp({ hash: '#/settings' });
    await user.click(await within(backupsSection()).findByRole('button', { name: 'Open backup folder' }));
    await waitFor(() => expect(core.folders.opened).toEqual([`${core.dir}/backups`]));
  });

  it('shows the latest eight backups, and all of them on request', async () => {
    const { user } = await renderApp({
      hash: '#/settings',
      prepare: async (core) => {
        for (let i = 0; i < 10; i += 1) await core.call('backup.now', {});
      },
    });
    await waitFor(() => expect(backupRows()).toHaveLength(8));
    await user.click(within(backupsSection()).getByRole('button', { name: 'Show all 10 backups' }));
    expect(backupRows()).toHaveLength(10);
    await user.click(within(backupsSection()).getByRole('button', { name: 'Show the latest only' }));
    expect(backupRows()).toHaveLength(8);
  });
});

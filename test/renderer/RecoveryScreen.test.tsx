import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/App';
import { bridgeApi, makeTestCore, type TestCore } from '../helpers/core';
import { reopenDamaged } from '../helpers/accidents';
import './helpers/renderApp';

let core: TestCore;
let app: Awaited<ReturnType<typeof reopenDamaged>> | undefined;
afterEach(async () => {
  await app?.close();
  await core.dispose();
});

/** A data file damaged by a crash, with or without a backup taken before; the app started on it. */
async function startOnDamagedData(options: { backup: boolean }) {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00.000Z') });
  await core.call('team.create', { name: 'In the backup' });
  if (options.backup) await core.call('backup.now', {});
  app = await reopenDamaged(core, { clock: () => new Date('2026-03-11T08:00:00.000Z') });
  window.api = bridgeApi(app);
  window.location.hash = '#/';
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Your data could not be opened' });
  return user;
}

describe('the recovery screen', () => {
  it('says what happened and that nothing was deleted, and restores the latest good backup', async () => {
    const user = await startOnDamagedData({ backup: true });
    expect(screen.getByText(/found its data file damaged/)).toBeInTheDocument();
    expect(
      screen.getByText(
        `Nothing was deleted: the damaged file was moved aside as stepwise-2026-03-11T08-00-00-000Z-damaged.db, in ${core.dir}.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The latest good backup was taken on 10 March 2026 at .* \(on request, \d+ kB\)\./),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));

    expect(await screen.findByRole('navigation', { name: /navigation/i })).toBeInTheDocument();
    expect(await app!.invoke('team.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'In the backup' }],
    });
  });

  it('offers a fresh start when there is no backup, and shows the details for support', async () => {
    const user = await startOnDamagedData({ backup: false });
    expect(screen.getByText(/There is no backup to restore\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Restore this backup' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Technical details'));
    expect(screen.getByText(/malformed|corrupt|not a database|Tree|Page/i)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Start with empty data' }));

    expect(await screen.findByRole('navigation', { name: /navigation/i })).toBeInTheDocument();
    await waitFor(async () => expect(await app!.invoke('team.list', {})).toEqual({ ok: true, value: [] }));
  });
});

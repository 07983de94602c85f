import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/App';
import { bridgeApi, makeTestCore, type TestCore } from '../helpers/core';
import { reopenNearlyFull } from '../helpers/accidents';
import './helpers/renderApp';

let core: TestCore;
let app: Awaited<ReturnType<typeof reopenNearlyFull>> | undefined;
afterEach(async () => {
  await app?.close();
  await core.dispose();
});

/** The app on a disk with room for a few more pages only. */
async function startNearlyFull() {
  core = makeTestCore();
  app = await reopenNearlyFull(core, 4);
  window.api = bridgeApi(app);
  window.location.hash = '#/settings';
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return user;
}

describe('when the disk fills up', () => {
  it('the app says it is read-only, refuses changes in plain words, and writes again once asked to', async () => {
    const user = await startNearlyFull();
    expect(screen.queryByText(/Stepwise is read-only/)).not.toBeInTheDocument();

    // A logo of 400 KB needs far more room than is left on the disk.
    const logo = new File([new Uint8Array(400 * 1024).fill(7)], 'logo.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Choose a logo'), logo);
    await screen.findByRole('img', { name: /logo/i });
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(/The disk is full: your change was not saved/)).toBeInTheDocument();
    const banner = await screen.findByText(/Stepwise is read-only: you can look at everything/);
    expect(banner.closest('[role="alert"]')).toHaveTextContent('The disk is full.');
    expect((await app!.invoke('settings.get', {})) as object).toMatchObject({
      value: { organisationLogo: null },
    });

    // Everything still reads: another screen opens with its data.
    await user.click(screen.getByRole('link', { name: 'Teams' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Teams' })).toBeInTheDocument();
    expect(screen.getByText(/Stepwise is read-only/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Changes are saved again.')).toBeInTheDocument();
    expect(screen.queryByText(/Stepwise is read-only/)).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

/** A plan file written by another Stepwise. */
let source: TestCore;
let planFile = '';
let planId = '';
beforeEach(async () => {
  source = makeTestCore();
  const plan = await makePlan(source, { targets: 2, title: 'Network roadmap' });
  planId = plan.id;
  await makeStep(source, { planId, title: 'Map the WAN links' });
  await source.call('planFile.export', { planId });
  planFile = source.files.lastSaved;
});
afterEach(() => source.dispose());

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader', { name }));

/** Opens the import from the plans screen, once its code, loaded lazily, has arrived. */
async function openImport(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Import plan file' }, { timeout: 15_000 }));
}

// Whole journeys through the app on a real core: slower than a unit's test.
describe('importing a plan file', { timeout: 20_000 }, () => {
  it('previews what the import adds before anything changes, then imports it', async () => {
    const { core, user } = await renderApp({
      hash: '#/plans',
      prepare: async (c) => void c.files.willOpen(planFile),
    });
    await openImport(user);

    const dialog = await screen.findByRole('dialog', { name: 'Import a plan file' });
    const table = await within(dialog).findByRole('table', { name: 'What the import will do' });
    expect(within(dialog).getByText('Network roadmap')).toBeInTheDocument();
    expect(within(dialog).getByText('Service Desk')).toBeInTheDocument();
    expect(rowOf(table, 'Plan')).toHaveTextContent(/^Plan100$/);
    expect(rowOf(table, 'Small steps')).toHaveTextContent(/^Small steps100$/);
    expect(rowOf(table, 'Targets')).toHaveTextContent(/^Targets200$/);
    expect(within(dialog).getByText(/built-in model/)).toBeInTheDocument();
    expect(await core.call('plan.list', {})).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      /^“Network roadmap” imported: \d+ added, 0 updated/,
    );
    expect(within(dialog).getByRole('link', { name: 'Open the plan' })).toHaveAttribute(
      'href',
      `#/plan/${planId}`,
    );
    const [plan] = await core.call('plan.list', {});
    expect(plan).toMatchObject({ id: planId, title: 'Network roadmap', stepCount: 1 });
    // The list behind the dialog shows the new plan once main says the data changed.
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Improvement plans' })).toHaveTextContent('Network roadmap'),
    );
  });

  it('closes without a word when the file dialog is cancelled', async () => {
    const { user } = await renderApp({ hash: '#/plans' });
    await openImport(user);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The toasts' regions are there, empty.
    expect(screen.getAllByRole('alert').map((region) => region.textContent)).toEqual(['']);
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toEqual(['']);
  });

  it('refuses a file with a bad field, naming the field and the reason, and changes nothing', async () => {
    const { core, user } = await renderApp({
      hash: '#/plans',
      prepare: async (c) => {
        c.files.willOpen(
          c.files.put('broken.stepwise.json', JSON.stringify({ format: 'stepwise-plan', version: 99 })),
        );
      },
    });
    await openImport(user);
    const dialog = await screen.findByRole('dialog', { name: 'Import a plan file' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This file was refused, and nothing was changed.');
    expect(alert).toHaveTextContent('At “version”: it was written by another version of Stepwise.');
    // The focus moves in an effect after the alert is drawn: on a loaded machine, a moment later.
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Choose another file' })).toHaveFocus(),
    );
    expect(await core.call('plan.list', {})).toEqual([]);
  });
});

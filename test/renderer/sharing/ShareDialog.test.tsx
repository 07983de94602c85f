import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { makePlan } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

let planId = '';
const prepare = async (core: TestCore) => {
  planId = (await makePlan(core, { targets: 2, title: 'Service desk plan' })).id;
  await core.call('step.create', { planId, title: 'Publish the SLA report', cost: 1200 });
};

async function openShareDialog() {
  const app = await renderApp({ hash: '#/plans', prepare });
  // The plan's id is known once `prepare` made it: its page is opened as a link would.
  window.location.hash = `#/plan/${planId}`;
  await app.user.click(await screen.findByRole('button', { name: 'Share' }));
  return { ...app, dialog: screen.getByRole('dialog', { name: 'Share “Service desk plan”' }) };
}

// Whole journeys through the app on a real core: slower than a unit's test.
describe('the share dialog', { timeout: 20_000 }, () => {
  it('exports the steps as a French CSV for the client, and says where it saved them', async () => {
    const { core, user, dialog } = await openShareDialog();
    expect(within(dialog).getByRole('radio', { name: /^PDF report/ })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Client copy' })).toBeChecked();

    await user.click(within(dialog).getByRole('radio', { name: /^CSV: small steps/ }));
    await user.click(within(dialog).getByRole('radio', { name: 'Français' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Saved as Service desk plan - Petits pas.csv.',
    );
    const csv = core.files.text('Service desk plan - Petits pas.csv') ?? '';
    // French: `;` between cells; the client's copy has no cost column.
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFTitre;Statut;/);
    expect(csv).toContain('Publish the SLA report');
    expect(csv).not.toMatch(/Coût|1200/);

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says nothing when the save dialog is cancelled, and keeps the choices', async () => {
    const { core, user, dialog } = await openShareDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^Excel workbook/ }));
    core.files.willCancelSave();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Export' })).not.toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /^Excel workbook/ })).toBeChecked();
    expect(core.files.text('Service desk plan.xlsx')).toBeNull();
  });

  it('shows the plan file’s warning instead of the client copy, and exports it whole', async () => {
    const { core, user, dialog } = await openShareDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^Plan file/ }));
    expect(within(dialog).queryByRole('checkbox', { name: 'Client copy' })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/A plan file holds everything/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Saved as Service desk plan.stepwise.json.',
    );
    const file = JSON.parse(core.files.text('Service desk plan.stepwise.json') ?? '') as {
      steps: { cost: number }[];
    };
    expect(file.steps[0]?.cost).toBe(1200);
  });

  it('tells in plain words why an export failed', async () => {
    // This core has no window to print the PDF in, as a core without the app's renderer.
    const { user, dialog } = await openShareDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The export failed. Something went wrong and nothing was changed. Please try again.',
    );
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeInTheDocument();
  });
});

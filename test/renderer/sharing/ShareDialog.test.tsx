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
  await app.user.click(await screen.findByRole('button', { name: 'Share' }, { timeout: 15_000 }));
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

  it('shows a progress bar while a workbook is exported, moved on by what main reports', async () => {
    const { core, user, dialog } = await openShareDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^Excel workbook/ }));
    // Every value the bar shows, as the user would see it move.
    const shown: string[] = [];
    const watch = new MutationObserver(() => {
      const bar = dialog.querySelector('progress');
      const value =
        bar === null ? 'none' : `${bar.getAttribute('value') ?? '?'}/${bar.getAttribute('max') ?? '?'}`;
      if (shown.at(-1) !== value) shown.push(value);
    });
    watch.observe(dialog, { subtree: true, childList: true, attributes: true });
    const release = core.files.holdNextSave();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    // While the user chooses where to save, the bar moves without a value and the export waits.
    const bar = await within(dialog).findByRole('progressbar', { name: 'Export progress' });
    expect(bar).not.toHaveAttribute('value');
    expect(within(dialog).getByRole('button', { name: 'Exporting…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    release();
    // Writing seven sheets takes longer than a CSV.
    const saved = await within(dialog).findByRole('status', {}, { timeout: 10_000 });
    expect(saved).toHaveTextContent('Saved as Service desk plan.xlsx.');
    watch.disconnect();
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    // Moving without a value, then filled sheet by sheet up to the seventh, never going back, then gone.
    expect(shown[0]).toBe('?/?');
    expect(shown.at(-2)).toBe('7/7');
    expect(shown.at(-1)).toBe('none');
    const steps = shown.slice(1, -1);
    for (const step of steps) expect(step).toMatch(/^\d+\/7$/);
    const done = steps.map((step) => Number(step.split('/')[0]));
    expect(done).toEqual([...done].sort((a, b) => a - b));
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

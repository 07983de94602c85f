import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtinModelId, makePlan, makeTarget } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

/**
 * A plan on the MSP key points model with a target on SLA compliance (1 → 3), the team assessed at 2 on
 * it and at 4 on contract governance; opened on its targets.
 */
async function openTargets() {
  let planId = '';
  const app = await renderApp({
    hash: '#/plans',
    prepare: async (core) => {
      const plan = await makePlan(core, { title: 'Service desk plan' });
      planId = plan.id;
      const { dimensions } = await core.call('model.get', { id: builtinModelId('msp') });
      const dimension = (key: string) => dimensions.find((d) => d.key === key)!.id;
      await makeTarget(core, {
        planId,
        dimensionId: dimension('sla-compliance'),
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2026-09-30',
        rationale: 'Two SLA breaches last quarter.',
      });
      await core.call('assessment.create', {
        teamId: plan.teamId,
        modelId: plan.modelId,
        date: '2026-02-01',
        scores: [
          { dimensionId: dimension('sla-compliance'), level: 2 },
          { dimensionId: dimension('contract-governance'), level: 4 },
        ],
      });
    },
  });
  await app.user.click(await screen.findByRole('link', { name: 'Service desk plan' }));
  await app.user.click(await screen.findByRole('tab', { name: /Targets/ }));
  const table = await screen.findByRole('table', { name: 'Targets by dimension' });
  const row = (name: string) =>
    within(table)
      .getByRole('rowheader', { name: new RegExp(`^${name}`) })
      .closest('tr')!;
  return { ...app, planId, table, row };
}

describe('the targets editor', () => {
  it('shows each target beside the level the team is at now, with its progress', async () => {
    const { table, row } = await openTargets();
    const sla = row('SLA compliance');
    expect(within(sla).getByText('2 · Repeatable')).toBeInTheDocument();
    expect(within(sla).getByText('assessed 1 Feb 2026')).toBeInTheDocument();
    expect(within(sla).getByText('from 1 · Ad hoc to 3 · Standardised')).toBeInTheDocument();
    expect(within(sla).getByText('30 Sept 2026')).toBeInTheDocument();
    // From 1 to 3, now at 2: half way.
    expect(within(sla).getByRole('progressbar', { name: 'Progress on SLA compliance' })).toHaveAttribute(
      'aria-valuetext',
      '50 %',
    );
    // Dimensions without a target wait behind the switch.
    expect(within(table).queryByRole('rowheader', { name: /Contract governance/ })).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Target progress' })).toHaveAttribute(
      'aria-valuetext',
      '50 %',
    );
  });

  it('sets a target on a dimension shown on request, from the level the team is at', async () => {
    const { core, user, planId, row } = await openTargets();
    await user.click(screen.getByRole('checkbox', { name: 'Show every dimension' }));
    const contract = row('Contract governance');
    expect(within(contract).getByText('4 · Measured')).toBeInTheDocument();
    await user.click(within(contract).getByRole('button', { name: 'Set a target on Contract governance' }));

    const dialog = screen.getByRole('dialog', { name: 'Target on Contract governance' });
    expect(within(dialog).getByText('The team is at 4 · Measured, as assessed on 1 Feb 2026.')).toBeVisible();
    // A new target starts at the current level, one level up.
    expect(within(dialog).getByRole('combobox', { name: 'Baseline level' })).toHaveValue('4');
    expect(within(dialog).getByRole('combobox', { name: 'Target level' })).toHaveValue('5');
    await user.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'The client asks for it.');
    await user.click(within(dialog).getByRole('button', { name: 'Set target' }));

    await waitFor(async () => expect(await core.call('target.list', { planId })).toHaveLength(2));
    const target = (await core.call('target.list', { planId })).find((t) => t.baselineLevel === 4);
    expect(target).toMatchObject({
      targetLevel: 5,
      targetDate: '2026-12-18',
      rationale: 'The client asks for it.',
    });
    expect(
      await within(row('Contract governance')).findByText('from 4 · Measured to 5 · Optimised'),
    ).toBeVisible();
  });

  it('edits and removes a target, and says why an empty date is refused', async () => {
    const { core, user, planId, row } = await openTargets();
    await user.click(
      within(row('SLA compliance')).getByRole('button', { name: 'Edit the target on SLA compliance' }),
    );
    let dialog = screen.getByRole('dialog', { name: 'Target on SLA compliance' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Target level' }), '4');
    await user.clear(within(dialog).getByLabelText('Target date'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Check “Target date”');

    await user.type(within(dialog).getByLabelText('Target date'), '2026-10-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await core.call('target.list', { planId }))[0]).toMatchObject({
        targetLevel: 4,
        targetDate: '2026-10-31',
      }),
    );

    await user.click(
      within(row('SLA compliance')).getByRole('button', { name: 'Edit the target on SLA compliance' }),
    );
    dialog = screen.getByRole('dialog', { name: 'Target on SLA compliance' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove target' }));
    expect(within(dialog).getByText('Remove this target? Its steps stay in the plan.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await core.call('target.list', { planId })).toEqual([]));
    expect(await screen.findByRole('heading', { name: 'No targets yet' })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/dates';
import { formatDay, today } from '../../../src/renderer/format';
import { makePlan } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

/** The steps tab of a plan on the MSP key points model, opened from the plans list as a user would. */
async function openSteps() {
  let planId = '';
  const app = await renderApp({
    hash: '#/plans',
    prepare: async (core) => {
      planId = (await makePlan(core, { title: 'Service desk plan', targets: 1 })).id;
    },
  });
  await app.user.click(await screen.findByRole('link', { name: 'Service desk plan' }));
  await screen.findByRole('tab', { name: /Steps/, selected: true });
  const form = screen.getByRole('form', { name: 'Capture a step' });
  return { ...app, planId, form, field: within(form).getByRole('textbox', { name: 'Capture a step' }) };
}

describe('quick capture', () => {
  it('shows what it reads from the line as it is typed', async () => {
    const { user, field } = await openSteps();
    await user.type(field, 'Call the client @Claire_Martin due:+3d #sla ~4h €300 !doing');

    const preview = screen.getByRole('group', { name: 'What the step will be' });
    const chip = (name: string) => within(preview).getByText(name).nextElementSibling;
    expect(chip('Title')).toHaveTextContent('Call the client');
    expect(chip('Owner')).toHaveTextContent('Claire Martin');
    expect(chip('Due date')).toHaveTextContent(formatDay(addDays(today(), 3), 'en'));
    expect(chip('Dimension')).toHaveTextContent('SLA compliance');
    // Four hours are half a day of eight.
    expect(chip('Effort')).toHaveTextContent('0.5 d');
    expect(chip('Cost')).toHaveTextContent('€300');
    expect(chip('Status')).toHaveTextContent('Doing');
  });

  it('names the tokens it cannot read and adds nothing until they are fixed', async () => {
    const { core, user, form, field, planId } = await openSteps();
    await user.type(field, 'Fix the backups due:31/02 #nosuchthing{Enter}');

    expect(screen.getByText(/“due:31\/02” is not a date/)).toBeInTheDocument();
    expect(screen.getByText('No dimension matches “#nosuchthing”')).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent('Some tokens could not be read');
    expect(await core.call('step.list', { planId })).toEqual([]);
    expect(field).toHaveValue('Fix the backups due:31/02 #nosuchthing');
  });

  it('adds the step on Enter, on the dimension’s target, and keeps the field for the next one', async () => {
    const { core, user, form, field, planId } = await openSteps();
    const [target] = await core.call('target.list', { planId });
    await user.type(field, 'Publish the SLA report #sla @Hugo ~2d{Enter}');

    await waitFor(() => expect(field).toHaveValue(''));
    expect(field).toHaveFocus();
    expect(within(form).getByRole('status')).toHaveTextContent('“Publish the SLA report” added to To do.');
    const [step] = await core.call('step.list', { planId });
    expect(step).toMatchObject({
      title: 'Publish the SLA report',
      owner: 'Hugo',
      effortDays: 2,
      status: 'todo',
      dimensionId: target!.dimensionId,
      targetId: target!.id,
    });
    // The card shows on the board at once.
    expect(
      within(screen.getByRole('region', { name: 'To do' })).getByText('Publish the SLA report'),
    ).toBeVisible();

    await user.type(field, 'Second step !idea{Enter}');
    await waitFor(async () => expect(await core.call('step.list', { planId })).toHaveLength(2));
    expect(field).toHaveFocus();
  });

  it('says why a line with tokens but no title is refused', async () => {
    const { core, user, form, field, planId } = await openSteps();
    await user.type(field, '@Claire ~1d{Enter}');
    expect(await within(form).findByRole('alert')).toHaveTextContent('Check “Title”: it is required.');
    expect(await core.call('step.list', { planId })).toEqual([]);
  });
});

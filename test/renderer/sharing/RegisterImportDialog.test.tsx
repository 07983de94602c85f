import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { makePlan } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

const register = [
  'Title,Owner,Due date,Status,Process,Notes',
  'Publish the SLA report,Claire,2026-03-15,Doing,SLA compliance,Monthly',
  'Review the incident process,Hugo,31/02/2026,To do,,',
  ',Tom,2026-04-01,To do,,',
  'Clean the CMDB,Tom,,Done,Unicorn management,',
].join('\n');

let planId = '';
async function openRegisterImport(content: string | Uint8Array = register) {
  const app = await renderApp({
    hash: '#/plans',
    prepare: async (core: TestCore) => {
      planId = (await makePlan(core, { title: 'Service desk plan' })).id;
      core.files.willOpen(core.files.put('register.csv', content));
    },
  });
  window.location.hash = `#/plan/${planId}`;
  await app.user.click(await screen.findByRole('button', { name: 'Import steps' }, { timeout: 15_000 }));
  const dialog = await screen.findByRole('dialog', { name: 'Import steps from a CSI register' });
  // Read: the columns to map, or why the file was refused.
  await waitFor(() =>
    expect(
      within(dialog).queryByRole('group', { name: 'Columns' }) ?? within(dialog).queryByRole('alert'),
    ).toBeInTheDocument(),
  );
  return { ...app, dialog };
}

const checks = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, row.lastElementChild?.textContent]);

// Whole journeys through the app on a real core: slower than a unit's test.
describe('importing a CSI register', { timeout: 20_000 }, () => {
  it('shows the mapping it guessed and the problems of each row, re-checked as the mapping changes', async () => {
    const { core, user, dialog } = await openRegisterImport();
    expect(within(dialog).getByRole('combobox', { name: 'What column “Title” fills' })).toHaveValue('title');
    expect(within(dialog).getByRole('combobox', { name: 'What column “Process” fills' })).toHaveValue(
      'dimension',
    );
    expect(within(dialog).getByRole('combobox', { name: 'What column “Notes” fills' })).toHaveValue(
      'outcome',
    );
    expect(checks(dialog)).toEqual([
      ['2', 'Ready'],
      ['3', 'Due date: not a date (“31/02/2026”)'],
      ['4', 'Title: no title'],
      ['5', 'Process: no such dimension in the model (“Unicorn management”)'],
    ]);
    expect(within(dialog).getByText('1 ready to import, 3 with problems (skipped)')).toBeInTheDocument();

    // The process column is ignored: the last row has nothing wrong any more.
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'What column “Process” fills' }),
      'Nothing (ignore)',
    );
    await waitFor(() => expect(checks(dialog)[3]).toEqual(['5', 'Ready']));
    // A field is filled by one column: a column taking the title lets the other one go.
    const column = (name: string) =>
      within(dialog).getByRole('combobox', { name: `What column “${name}” fills` });
    await user.selectOptions(column('Notes'), 'Title');
    expect(column('Title')).toHaveValue('');
    await user.selectOptions(column('Title'), 'Title');
    expect(column('Notes')).toHaveValue('');
    await user.selectOptions(column('Title'), 'Nothing (ignore)');
    expect(
      await within(dialog).findByText('Choose the column that holds the steps’ titles.'),
    ).toBeInTheDocument();
    await user.selectOptions(column('Title'), 'Title');
    await user.selectOptions(column('Notes'), 'Outcome');
    await within(dialog).findByText('2 ready to import, 2 with problems (skipped)');

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 steps' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        '2 steps imported into “Service desk plan”. 2 rows with problems were skipped.',
      ),
    );
    const steps = (await core.call('plan.get', { id: planId })).steps;
    expect(steps.map((s) => [s.title, s.status, s.outcome])).toEqual(
      expect.arrayContaining([
        ['Publish the SLA report', 'doing', 'Monthly'],
        ['Clean the CMDB', 'done', ''],
      ]),
    );
    expect(steps).toHaveLength(2);
  });

  it('shows a long register by its first 100 rows and says how many there are', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Step ${i + 1},Claire,2026-03-15,To do,,`);
    const { dialog } = await openRegisterImport([register.split('\n')[0], ...rows].join('\n'));
    expect(checks(dialog)).toHaveLength(100);
    expect(checks(dialog)[99]).toEqual(['101', 'Ready']);
    expect(within(dialog).getByText('The first 100 of 250 rows are shown.')).toBeInTheDocument();
  });

  it('refuses an old Excel file in plain words, and lets the user choose another', async () => {
    const { dialog } = await openRegisterImport(
      // The first bytes of an old Excel file (.xls).
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /^This file was refused, and nothing was changed\.Reason: it is an old Excel file \(\.xls\): save it as \.xlsx or \.csv\.$/,
    );
    expect(within(dialog).getByRole('button', { name: 'Choose another file' })).toBeInTheDocument();
  });
});

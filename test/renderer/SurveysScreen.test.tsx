import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, renderApp } from './helpers/renderApp';

describe('Surveys screen', () => {
  it('lists the campaigns with their team, period, status and scale', async () => {
    await renderApp({
      hash: '#/surveys',
      prepare: async (core) => {
        const team = await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
        await core.call('survey.create', {
          teamId: team.id,
          title: 'Spring satisfaction',
          periodStart: '2026-03-12',
          periodEnd: '2026-04-02',
          status: 'closed',
        });
      },
    });
    const row = await screen.findByRole('row', { name: /Spring satisfaction/ });
    expect(within(row).getByText('Service Desk · Northwind Retail')).toBeInTheDocument();
    expect(within(row).getByText('12 Mar – 2 Apr 2026')).toBeInTheDocument();
    expect(within(row).getByText('Closed')).toBeInTheDocument();
    expect(within(row).getByText('1 to 7')).toBeInTheDocument();
  });

  it('starts a campaign from the SERVQUAL template', async () => {
    const { core, user } = await renderApp({
      hash: '#/surveys',
      prepare: async (core) => void (await addTeam(core, 'Service Desk')),
    });
    expect(await screen.findByRole('heading', { name: 'No surveys yet' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'New survey' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New survey' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Team' }), 'Service Desk');
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Autumn satisfaction{Enter}');

    expect(await screen.findByRole('row', { name: /Autumn satisfaction/ })).toBeInTheDocument();
    const [survey] = await core.call('survey.list', {});
    expect((await core.call('survey.get', { id: survey!.id })).items).toHaveLength(22);
  });

  it('sends to the teams screen when there is no team yet', async () => {
    await renderApp({ hash: '#/surveys' });
    expect(await screen.findByRole('link', { name: 'Go to teams' })).toHaveAttribute('href', '#/teams');
    expect(screen.queryByRole('button', { name: 'New survey' })).not.toBeInTheDocument();
  });
});

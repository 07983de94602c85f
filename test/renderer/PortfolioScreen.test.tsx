import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preloadPortfolio } from '../../src/renderer/screens/portfolio/PortfolioScreen';
import { usePortfolioStore, useWatchListStore } from '../../src/renderer/stores/portfolioStore';
import { bridgeApi, makeTestCore, type TestCore } from '../helpers/core';
import { builtinModelId, makeStep, makeTarget } from '../helpers/factories';
import { addTeam, renderApp } from './helpers/renderApp';

const now = new Date('2026-03-10T09:00:00');

/**
 * Three teams: Service Desk and Workplace on the MSP model (17 dimensions), Network on ITIL 4 (34), and
 * an archived team. Service Desk is at level 1 on SLA compliance (target 3, gap 2) and 2 on skills
 * (target 3, gap 1); Workplace reached its target on budget tracking.
 */
async function threeTeams(core: TestCore) {
  const msp = await core.call('model.get', { id: builtinModelId('msp') });
  const dimension = (key: string) => msp.dimensions.find((d) => d.key === key)!.id;
  const desk = await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
  const workplace = await addTeam(core, 'Workplace', { client: 'Lumen Health' });
  const network = await addTeam(core, 'Network', { client: 'Hexa Bank' });
  const old = await addTeam(core, 'Legacy Hosting');
  await core.call('team.setArchived', { id: old.id, archived: true });

  const plan = (teamId: string, modelId: string, title: string) =>
    core.call('plan.create', {
      teamId,
      modelId,
      title,
      startDate: '2026-01-05',
      endDate: '2026-12-18',
      status: 'active',
    });
  const deskPlan = await plan(desk.id, msp.id, 'Desk plan');
  const workplacePlan = await plan(workplace.id, msp.id, 'Workplace plan');
  await plan(network.id, builtinModelId('itil4'), 'Network plan');
  await makeTarget(core, { planId: deskPlan.id, dimensionId: dimension('sla-compliance'), targetLevel: 3 });
  await makeTarget(core, { planId: deskPlan.id, dimensionId: dimension('skills'), baselineLevel: 2 });
  await makeTarget(core, { planId: workplacePlan.id, dimensionId: dimension('budget-tracking') });
  const rate = (teamId: string, date: string, scores: [string, number][]) =>
    core.call('assessment.create', {
      teamId,
      modelId: msp.id,
      date,
      scores: scores.map(([key, level]) => ({ dimensionId: dimension(key), level })),
    });
  await rate(desk.id, '2026-01-10', [
    ['sla-compliance', 1],
    ['skills', 2],
  ]);
  await rate(workplace.id, '2026-01-10', [['budget-tracking', 2]]);
  await rate(workplace.id, '2026-02-20', [['budget-tracking', 3]]);
  await makeStep(core, { planId: workplacePlan.id, status: 'done', doneDate: '2026-03-05' });
  await core.call('review.create', { planId: workplacePlan.id, date: '2026-03-02' });
}

const heatmap = (model: string, shown = 'Gap to target') =>
  screen.findByRole('table', { name: `${shown} by team and dimension, ${model}` });
/** The heatmap's cells: its body's, below the two rows of headers. */
const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(2)
    .flatMap((row) => within(row).queryAllByRole('cell'));
const teamsIn = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((header) => within(header).getByRole('link').textContent);

// The portfolio's first visit loads the charting library.
describe('Portfolio screen', { timeout: 20_000 }, () => {
  it('puts every team not archived on its model’s heatmap, a cell per dimension', async () => {
    await renderApp({ hash: '#/portfolio', now, prepare: threeTeams });
    const msp = await heatmap('MSP key points', 'Gap to target');
    expect(teamsIn(msp)).toEqual(['Service Desk', 'Workplace']);
    expect(cellsOf(msp)).toHaveLength(2 * 17);
    const itil = await heatmap('ITIL 4 practices');
    expect(teamsIn(itil)).toEqual(['Network']);
    expect(cellsOf(itil)).toHaveLength(34);
    expect(screen.queryByText('Legacy Hosting')).not.toBeInTheDocument();

    const desk = within(msp)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Service Desk'))!;
    const cells = within(desk).getAllByRole('cell');
    expect(cells.filter((cell) => cell.textContent === '2')).toHaveLength(1);
    expect(cells.find((cell) => cell.textContent === '2')).toHaveAttribute(
      'title',
      'SLA compliance: level 1, target 3',
    );
    expect(cells.find((cell) => cell.textContent === '1')).toHaveClass('heat--gap-1');
    expect(cells.filter((cell) => cell.textContent === 'No target')).toHaveLength(15);
    // (2 + 1) / 2 = 1.5 levels to go on average; neither target has moved from its baseline yet.
    expect(within(desk).getByText('Gap 1.5 · 0%')).toBeInTheDocument();
  });

  it('shows levels instead of gaps, and sorts by the largest gap', async () => {
    const { user } = await renderApp({ hash: '#/portfolio', now, prepare: threeTeams });
    await heatmap('MSP key points');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Least progress first');
    expect(window.location.hash).toBe('#/portfolio?sort=progress');
    expect(teamsIn(await heatmap('MSP key points'))).toEqual(['Service Desk', 'Workplace']);
    await user.click(screen.getByRole('radio', { name: 'Level' }));
    const levels = await heatmap('MSP key points', 'Level');
    const workplace = within(levels)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Workplace'))!;
    const rated = within(workplace)
      .getAllByRole('cell')
      .filter((cell) => cell.textContent !== '–');
    expect(rated.map((cell) => [cell.textContent, cell.className])).toEqual([['3', 'heat heat--level-3']]);
  });

  it('filters by client', async () => {
    const { user } = await renderApp({ hash: '#/portfolio', now, prepare: threeTeams });
    await heatmap('MSP key points');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Hexa Bank');
    expect(teamsIn(await heatmap('ITIL 4 practices'))).toEqual(['Network']);
    expect(screen.queryByRole('table', { name: /MSP key points/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await heatmap('MSP key points')).toBeInTheDocument();
  });

  it('lists the targets at risk and the stalling plans, with links', async () => {
    await renderApp({ hash: '#/portfolio', now, prepare: threeTeams });
    const atRisk = await screen.findByRole('region', { name: /Targets at risk/ });
    const rows = within(atRisk).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'SLA complianceService DeskDesk plan',
      'SkillsService DeskDesk plan',
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Desk plan' }).getAttribute('href')).toMatch(
      /^#\/plan\//,
    );
    const stalling = screen.getByRole('region', { name: /Stalling plans/ });
    expect(
      within(stalling)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Network planNetworkNo step has been done yet. The review was due on 2 Feb 2026.',
      'Desk planService DeskNo step has been done yet. The review was due on 2 Feb 2026.',
    ]);
  });

  it('says what changed since the last review', async () => {
    await renderApp({ hash: '#/portfolio', now, prepare: threeTeams });
    const changes = await screen.findByRole('region', { name: 'What changed' });
    // From the last review (2 March) to today: Workplace's step of 5 March.
    expect(
      await within(changes).findByRole('button', { name: 'Since the last review (2 Mar 2026)' }),
    ).toBeInTheDocument();
    const total = (label: string) =>
      within(changes)
        .getAllByRole('term')
        .find((term) => term.textContent === label)?.nextElementSibling?.textContent;
    await within(changes).findByRole('table', { name: /Changes by team/ });
    expect(total('Steps done')).toBe('1');
    expect(total('Targets reached')).toBe('0');

    // Budget tracking: 2 on 15 January, 3 since 20 February, which reaches Workplace's target.
    fireEvent.change(within(changes).getByLabelText('From'), { target: { value: '2026-01-15' } });
    expect(window.location.hash).toBe('#/portfolio?from=2026-01-15');
    expect(
      await within(changes).findByRole('table', { name: /^Changes by team, 15 Jan\s–\s10 Mar 2026$/ }),
    ).toBeInTheDocument();
    expect(total('Levels up')).toBe('1');
    expect(total('Targets reached')).toBe('1');
    const workplace = within(changes)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Workplace'))!;
    expect(workplace).toHaveTextContent('Budget tracking 2 → 3');
    expect(workplace).toHaveTextContent('Budget tracking (3)');
  });

  it('invites to create a team when there is none', async () => {
    await renderApp({ hash: '#/portfolio', now });
    expect(
      await screen.findByRole('heading', { name: 'No teams yet' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to teams' })).toHaveAttribute('href', '#/teams');
  });
});

describe('Opening the app on the portfolio', () => {
  it('asks for the heatmaps first and the watch list once their answer is in', async () => {
    const core = makeTestCore({ clock: () => now });
    await threeTeams(core);
    const asked: string[] = [];
    let answerHeatmaps: () => void = () => undefined;
    const heatmapsHeld = new Promise<void>((resolve) => (answerHeatmaps = resolve));
    const api = bridgeApi(core);
    window.api = {
      ...api,
      invoke: async (channel, input) => {
        asked.push(channel);
        if (channel === 'portfolio.get') await heatmapsHeld;
        return api.invoke(channel, input);
      },
    };
    try {
      preloadPortfolio({});
      await vi.waitFor(() => expect(asked).toContain('portfolio.get'));
      expect(asked).not.toContain('portfolio.watchList');

      answerHeatmaps();
      await vi.waitFor(() => expect(asked).toContain('portfolio.watchList'));
      await vi.waitFor(() => expect(useWatchListStore.getState().status).toBe('ready'));
      expect(usePortfolioStore.getState().portfolio?.blocks).toHaveLength(2);
    } finally {
      await core.dispose();
    }
  });
});

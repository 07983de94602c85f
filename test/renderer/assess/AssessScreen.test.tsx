import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { builtinModelId, makePlan, makeTeam } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

const msp = builtinModelId('msp');

/** A team on the MSP model, rated once on 10 February: SLA compliance at 2, with evidence. */
async function ratedTeam(core: TestCore) {
  const team = await makeTeam(core, { name: 'Service Desk', client: 'Northwind Retail' });
  await makePlan(core, { teamId: team.id, model: 'msp' });
  const { dimensions } = await core.call('model.get', { id: msp });
  await core.call('assessment.create', {
    teamId: team.id,
    modelId: msp,
    date: '2026-02-10',
    source: 'audit',
    assessor: 'Claire',
    scores: [{ dimensionId: dimensions[0]!.id, level: 2, evidence: 'Report seen' }],
  });
  return team;
}

const levels = (dimension: string) => screen.getByRole('radiogroup', { name: dimension });
const chosen = (dimension: string) =>
  within(levels(dimension)).queryByRole('radio', { checked: true })?.textContent ?? null;

/** The app on the Teams screen of a rated team, then its assessment grid opened from the team's row. */
async function rateServiceDesk() {
  let teamId = '';
  const rendered = await renderApp({
    prepare: async (core) => {
      teamId = (await ratedTeam(core)).id;
    },
    hash: '#/teams',
  });
  await rendered.user.click(await screen.findByRole('link', { name: 'Rate Service Desk' }));
  await screen.findByRole('table', { name: 'Levels by dimension' });
  return { ...rendered, teamId };
}

describe('Assessment grid', () => {
  it(
    'sets levels from the keyboard: digits, arrows between levels and dimensions, Delete',
    { timeout: 20_000 },
    async () => {
      const { user, core, teamId } = await rateServiceDesk();
      expect(screen.getByRole('heading', { level: 1, name: 'Rate Service Desk' })).toBeInTheDocument();

      // The first row shows the level before, for reference.
      const sla = screen.getByRole('row', { name: /SLA compliance/ });
      expect(within(sla).getByTitle('Before: Repeatable, on 10 Feb 2026')).toHaveTextContent('210 Feb 2026');

      within(levels('SLA compliance')).getAllByRole('radio')[0]!.focus();
      await user.keyboard('3{ArrowDown}1{ArrowRight}{ArrowRight}{ArrowDown}4{Backspace}');
      expect(chosen('SLA compliance')).toBe('3');
      expect(chosen('Contract governance')).toBe('3');
      expect(chosen('Change control')).toBeNull();
      expect(screen.getByText('2 of 17 dimensions rated')).toBeInTheDocument();

      // Up to the previous row, then Tab to its evidence.
      await user.keyboard('{ArrowUp}');
      expect(
        within(levels('Contract governance')).getByRole('radio', { name: '3 — Standardised' }),
      ).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('textbox', { name: 'Evidence for Contract governance' })).toHaveFocus();
      await user.keyboard('Governance board minutes');
      // Without a level there is no evidence to give.
      expect(screen.getByRole('textbox', { name: 'Evidence for Change control' })).toBeDisabled();

      await user.click(screen.getByRole('button', { name: 'Save assessment' }));
      await screen.findByText(/^Assessment of .* saved\.$/);
      const saved = (await core.call('assessment.list', { teamId })).find((a) => a.source === 'self');
      expect(saved).toBeDefined();
      const { dimensions } = await core.call('model.get', { id: msp });
      expect(Object.fromEntries(saved!.scores.map((s) => [s.dimensionId, [s.level, s.evidence]]))).toEqual({
        [dimensions[0]!.id]: [3, ''],
        [dimensions[1]!.id]: [3, 'Governance board minutes'],
      });
    },
  );

  it('starts from the previous levels, then shows the history of the dimension in focus', async () => {
    const { user } = await rateServiceDesk();
    await user.click(screen.getByRole('button', { name: 'Start from the previous levels' }));
    expect(chosen('SLA compliance')).toBe('2');
    expect(chosen('Contract governance')).toBeNull();

    const history = screen.getByRole('region', { name: 'History: SLA compliance' });
    expect(
      within(history).getByRole('img', { name: 'Levels of SLA compliance over time: 2 on 10 Feb 2026' }),
    ).toBeInTheDocument();
    expect(within(history).getByRole('row', { name: '10 Feb 2026 2 Audit' })).toBeInTheDocument();

    within(levels('Contract governance')).getAllByRole('radio')[0]!.focus();
    expect(await screen.findByRole('region', { name: 'History: Contract governance' })).toHaveTextContent(
      'Not rated yet.',
    );
  });

  it('opens a past assessment to correct it, and saves only what changed', { timeout: 20_000 }, async () => {
    const { user, core, teamId } = await rateServiceDesk();
    const past = await screen.findByRole('list', { name: 'Assessments' });
    await user.click(within(past).getByRole('link', { name: /10 Feb 2026/ }));
    await screen.findByRole('form', { name: 'Assessment of 10 Feb 2026' });
    expect(chosen('SLA compliance')).toBe('2');
    expect(screen.getByRole('textbox', { name: 'Evidence for SLA compliance' })).toHaveValue('Report seen');

    within(levels('SLA compliance')).getAllByRole('radio')[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(/unsaved changes/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    await screen.findByText('Assessment of 10 Feb 2026 saved.');
    const [assessment] = await core.call('assessment.list', { teamId });
    expect(assessment!.scores.map((s) => [s.level, s.evidence])).toEqual([[3, 'Report seen']]);
    expect(assessment).toMatchObject({ source: 'audit', assessor: 'Claire', date: '2026-02-10' });
  });
});

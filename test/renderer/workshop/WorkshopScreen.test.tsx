import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { makePlan, makeStep } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

interface Workshop {
  planId: string;
  reviewId: string;
  dimensionIds: string[];
  stepId: string;
}

/** A plan targeting two dimensions, a step to do, and its workshop started with three participants. */
async function started(core: TestCore, into: Workshop) {
  const plan = await makePlan(core, { targets: 2 });
  const step = await makeStep(core, { planId: plan.id, title: 'Publish SLA report', dueDate: '2020-01-01' });
  const review = await core.call('review.create', {
    planId: plan.id,
    date: '2026-03-10',
    kind: 'workshop',
    participants: ['Claire', 'Hugo', 'Amina'],
  });
  const { dimensions } = await core.call('model.get', { id: plan.modelId });
  Object.assign(into, {
    planId: plan.id,
    reviewId: review.id,
    dimensionIds: dimensions.map((d) => d.id),
    stepId: step.id,
  });
}

const open = async (workshop: Workshop, stage: string) => {
  window.location.hash = `#/workshop/${workshop.planId}?review=${workshop.reviewId}&stage=${stage}`;
  await screen.findByRole('navigation', { name: 'Agenda' });
};

describe('Workshop mode', () => {
  it('moves a step on with a digit, and leaves with Escape for the plan', { timeout: 20_000 }, async () => {
    const workshop = {} as Workshop;
    const { core, user } = await renderApp({ prepare: (core) => started(core, workshop) });
    await open(workshop, 'steps');
    // Full screen: no sidebar.
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument();
    const status = await screen.findByRole('radiogroup', { name: 'Publish SLA report' });
    expect(within(status).getByRole('radio', { name: 'To do' })).toHaveFocus();
    expect(screen.getByText('Overdue')).toBeInTheDocument();

    await user.keyboard('3');
    await within(status).findByRole('radio', { name: 'Done', checked: true });
    expect((await core.call('step.get', { id: workshop.stepId })).status).toBe('done');
    expect((await core.call('review.get', { id: workshop.reviewId })).steps).toMatchObject([
      { stepId: workshop.stepId, action: 'closed' },
    ]);
    expect(screen.getByText('Closed in this workshop')).toBeInTheDocument();

    await user.keyboard('{PageDown}');
    expect(
      await screen.findByRole('heading', { level: 2, name: '2. Rate the dimensions' }),
    ).toBeInTheDocument();
    expect(window.location.hash).toContain('stage=rate');
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe(`#/plan/${workshop.planId}`);
  });

  it('goes back to its start when the start of the workshop is undone', { timeout: 20_000 }, async () => {
    const workshop = {} as Workshop;
    const { core, user } = await renderApp({ prepare: (core) => started(core, workshop) });
    await open(workshop, 'steps');
    await screen.findByRole('radiogroup', { name: 'Publish SLA report' });
    // The latest change is the review that started the workshop.
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Start the workshop' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/workshop/${workshop.planId}`);
    expect(await core.call('review.list', { planId: workshop.planId })).toEqual([]);
  });

  it(
    'takes one digit per participant, shows the spread and records the agreed level',
    { timeout: 20_000 },
    async () => {
      const workshop = {} as Workshop;
      const { core, user } = await renderApp({ prepare: (core) => started(core, workshop) });
      await open(workshop, 'rate');
      expect(await screen.findByRole('textbox', { name: 'Vote of Claire' })).toHaveFocus();

      await user.keyboard('2');
      expect(screen.getByRole('textbox', { name: 'Vote of Hugo' })).toHaveFocus();
      await user.keyboard('3');
      expect(screen.getByRole('textbox', { name: 'Vote of Amina' })).toHaveFocus();
      await user.keyboard('3');
      // The median is proposed, and the focus is on it, ready for Enter.
      const agreed = screen.getByRole('radiogroup', { name: /^Agreed level/ });
      expect(within(agreed).getByRole('radio', { name: '3 — Standardised' })).toHaveFocus();
      expect(within(agreed).getByRole('radio', { name: '3 — Standardised' })).toBeChecked();
      expect(screen.getByText('3 votes, from 2 to 3')).toBeInTheDocument();
      expect(screen.getByText('Consensus')).toBeInTheDocument();
      const bars = screen.getByRole('list', { name: 'Votes per level' });
      expect(within(bars).getByText('Level 3: 2 votes')).toBeInTheDocument();

      await user.keyboard('{Enter}');
      await screen.findByRole('button', { name: /SLA compliance.*agreed 3/ });
      const [assessment] = await core.call('assessment.list', {
        teamId: (await core.call('team.list', {}))[0]!.id,
      });
      expect(assessment).toMatchObject({
        reviewId: workshop.reviewId,
        source: 'workshop',
        assessor: 'Claire, Hugo, Amina',
      });
      expect(assessment!.scores.map((s) => [s.dimensionId, s.level, s.evidence])).toEqual([
        [workshop.dimensionIds[0], 3, 'Workshop votes: 2, 3, 3'],
      ]);
      // On to the next dimension to rate, its first vote in focus.
      expect(screen.getByRole('heading', { level: 3, name: 'Contract governance' })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Vote of Claire' })).toHaveFocus();

      // Votes far apart: discuss; the agreed level can be chosen against the proposal.
      await user.type(screen.getByRole('textbox', { name: 'Show of hands' }), '1x1 1x4');
      expect(screen.getByText('Discuss: the votes are 3 levels apart')).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: '4 — Measured' }));
      await user.click(screen.getByRole('button', { name: 'Record level 4' }));
      await screen.findByRole('button', { name: /Contract governance.*agreed 4/ });
    },
  );

  it('captures steps with tokens and refuses a token it cannot read', { timeout: 20_000 }, async () => {
    const workshop = {} as Workshop;
    const { core, user } = await renderApp({ prepare: (core) => started(core, workshop) });
    await open(workshop, 'capture');
    const field = await screen.findByRole('textbox', { name: 'New step' });
    expect(field).toHaveFocus();
    await user.keyboard('Call the stores @Hugo ~2h #nosuchthing{Enter}');
    expect(await screen.findByText(/“#nosuchthing” cannot be read/)).toBeInTheDocument();
    await user.clear(field);
    await user.keyboard('Call the stores @Hugo ~2h{Enter}');
    await screen.findByText('Call the stores');
    expect(field).toHaveValue('');
    const step = (await core.call('step.list', { planId: workshop.planId })).find(
      (s) => s.title === 'Call the stores',
    );
    expect(step).toMatchObject({ owner: 'Hugo', effortDays: 0.25 });
    expect((await core.call('review.get', { id: workshop.reviewId })).steps).toMatchObject([
      { stepId: step!.id, action: 'created' },
    ]);
  });
});

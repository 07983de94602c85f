import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestCore } from '../helpers/core';
import { makePlan, makeStep, makeTeam } from '../helpers/factories';
import { renderApp } from './helpers/renderApp';

const now = new Date('2026-03-10T09:00:00');
const plans: Record<string, string> = {};

beforeEach(() => {
  // Only the date: the app's own clock says how late things are.
  vi.useFakeTimers({ toFake: ['Date'], now });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A review due on 12 March, six steps late, and a plan with nothing done since it started. */
async function dueThings(core: TestCore) {
  const team = await makeTeam(core, { name: 'Desk' });
  const moving = await makePlan(core, { teamId: team.id, title: 'Moving', startDate: '2026-01-05' });
  await core.call('review.create', { planId: moving.id, date: '2026-02-20' });
  await makeStep(core, { planId: moving.id, title: 'Done lately', status: 'done', doneDate: '2026-03-02' });
  for (let day = 1; day <= 6; day += 1) {
    await makeStep(core, {
      planId: moving.id,
      title: `Late ${day}`,
      owner: 'Hugo',
      dueDate: `2026-03-0${day}`,
    });
  }
  const idle = await makePlan(core, { teamId: team.id, title: 'Idle', startDate: '2026-02-01' });
  await core.call('review.create', { planId: idle.id, date: '2026-03-01' });
  const due = await makePlan(core, { teamId: team.id, title: 'Due soon', startDate: '2026-01-05' });
  await core.call('review.create', { planId: due.id, date: '2026-02-12' });
  await makeStep(core, { planId: due.id, title: 'Done', status: 'done', doneDate: '2026-03-09' });
  Object.assign(plans, { moving: moving.id, idle: idle.id, due: due.id });
}

const group = (name: RegExp) =>
  within(screen.getByRole('region', { name: 'Needs attention today' })).getByRole('region', { name });

describe('Home: what needs attention today', () => {
  it('lists the reviews due, the overdue steps and the stalling plans, each linking to its plan', async () => {
    const { user } = await renderApp({ now, prepare: dueThings });
    await screen.findByRole('region', { name: 'Needs attention today' });

    const reviews = group(/^Reviews due/);
    expect(within(reviews).getByRole('link', { name: 'Due soon' })).toHaveAttribute(
      'href',
      `#/plan/${plans.due}`,
    );
    expect(reviews).toHaveTextContent('Review due in 2 days, 12 Mar 2026');
    expect(within(reviews).getByRole('link', { name: 'Start a workshop on Due soon' })).toHaveAttribute(
      'href',
      `#/workshop/${plans.due}`,
    );

    const steps = group(/^Overdue steps/);
    expect(within(steps).getAllByRole('listitem')).toHaveLength(4);
    const first = within(steps).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link', { name: 'Late 1' })).toHaveAttribute(
      'href',
      `#/plan/${plans.moving}`,
    );
    expect(first).toHaveTextContent('Moving · Hugo');
    expect(first).toHaveTextContent('9 days late (due 1 Mar 2026)');
    await user.click(within(steps).getByRole('button', { name: 'Show all 6' }));
    expect(within(steps).getAllByRole('listitem')).toHaveLength(6);
    expect(within(steps).getByRole('button', { name: 'Show fewer' })).toBeInTheDocument();

    const stalling = group(/^Stalling plans/);
    expect(within(stalling).getByRole('link', { name: 'Idle' })).toHaveAttribute(
      'href',
      `#/plan/${plans.idle}`,
    );
    expect(stalling).toHaveTextContent('No step done yet');

    // The key figures and the active plans follow.
    expect(screen.getByRole('region', { name: 'Key figures' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Active plans' })).toBeInTheDocument();
  });

  it('follows the data: a step done elsewhere leaves the list', async () => {
    const { core } = await renderApp({ now, prepare: dueThings });
    const steps = await within(
      await screen.findByRole('region', { name: 'Needs attention today' }),
    ).findByRole('region', { name: /^Overdue steps/ });
    const late = (await core.call('step.list', { planId: plans.moving! })).find((s) => s.title === 'Late 1')!;
    await core.call('step.move', { id: late.id, status: 'done' });
    await within(steps).findByRole('button', { name: 'Show all 5' });
    expect(within(steps).queryByRole('link', { name: 'Late 1' })).not.toBeInTheDocument();
  });

  it('counts every overdue step when it lists only the most overdue', async () => {
    await renderApp({
      now,
      prepare: async (core) => {
        const plan = await makePlan(core, { startDate: '2026-01-05' });
        for (let n = 0; n < 53; n += 1) {
          await makeStep(core, { planId: plan.id, title: `Late ${n}`, dueDate: '2026-03-01' });
        }
      },
    });
    const steps = await within(
      await screen.findByRole('region', { name: 'Needs attention today' }),
    ).findByRole('region', { name: /^Overdue steps/ });
    expect(within(steps).getByRole('heading', { level: 3 })).toHaveTextContent('Overdue steps53');
    expect(steps).toHaveTextContent('The 50 most overdue of 53 are listed');
    expect(within(steps).getByRole('button', { name: 'Show all 50' })).toBeInTheDocument();
  });

  it('says when nothing needs attention', async () => {
    await renderApp({
      now,
      prepare: async (core) => {
        await makePlan(core, { startDate: '2026-03-01' });
      },
    });
    expect(await screen.findByText('Nothing needs attention today.')).toBeInTheDocument();
  });
});

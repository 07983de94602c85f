import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePlan, makeStep } from '../../helpers/factories';
import { renderApp } from '../helpers/renderApp';

/** A plan whose board has A and B in To do, C in Doing and D in Done, opened on its steps. */
async function openBoard() {
  let planId = '';
  const app = await renderApp({
    hash: '#/plans',
    prepare: async (core) => {
      planId = (await makePlan(core, { title: 'Service desk plan' })).id;
      for (const [title, status] of [
        ['A', 'todo'],
        ['B', 'todo'],
        ['C', 'doing'],
        ['D', 'done'],
      ] as const) {
        await makeStep(core, { planId, title, status });
      }
    },
  });
  await app.user.click(await screen.findByRole('link', { name: 'Service desk plan' }));
  await screen.findByRole('region', { name: 'To do' });
  const column = async (status: 'todo' | 'doing' | 'done') =>
    (await app.core.call('step.list', { planId }))
      .filter((step) => step.status === status)
      .sort((a, b) => a.position - b.position)
      .map((step) => step.title);
  return { ...app, planId, column };
}

const card = (title: string) => screen.getByRole('button', { name: title });
const announcement = () => within(screen.getByRole('group', { name: 'Steps board' })).getByRole('status');

describe('the steps board from the keyboard', () => {
  it('moves the focus from card to card with the arrows, one tab stop for the board', async () => {
    const { user } = await openBoard();
    expect(card('A')).toHaveAttribute('tabindex', '0');
    expect(card('B')).toHaveAttribute('tabindex', '-1');
    card('A').focus();
    await user.keyboard('{ArrowDown}');
    expect(card('B')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(card('C')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(card('D')).toHaveFocus();
    expect(card('D')).toHaveAttribute('tabindex', '0');
    expect(card('A')).toHaveAttribute('tabindex', '-1');
  });

  it('picks a card up with Space, carries it with the arrows and drops it with Space', async () => {
    const { user, column } = await openBoard();
    card('A').focus();
    await user.keyboard(' ');
    expect(announcement()).toHaveTextContent('“A” picked up: To do, position 1 of 2.');
    await user.keyboard('{ArrowRight}');
    // While carried the card is shown where it would land, and keeps the focus.
    expect(
      within(screen.getByRole('region', { name: 'Doing' })).getByRole('button', { name: 'A' }),
    ).toHaveFocus();
    expect(announcement()).toHaveTextContent('Doing, position 1 of 2');
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');

    await waitFor(async () => expect(await column('doing')).toEqual(['C', 'A']));
    expect(await column('todo')).toEqual(['B']);
    expect(announcement()).toHaveTextContent('“A” moved: Doing, position 2 of 2.');
    expect(card('A')).toHaveFocus();
  });

  it('reorders within a column and moves to Done with Enter as the drop key', async () => {
    const { user, column } = await openBoard();
    card('B').focus();
    await user.keyboard(' {ArrowUp}{Enter}');
    await waitFor(async () => expect(await column('todo')).toEqual(['B', 'A']));

    card('C').focus();
    await user.keyboard(' {ArrowRight}{Enter}');
    await waitFor(async () => expect(await column('done')).toEqual(['C', 'D']));
  });

  it('puts the card back where it was on Escape, without a change', async () => {
    const { user, column, core, planId } = await openBoard();
    const before = await core.call('step.list', { planId });
    card('A').focus();
    await user.keyboard(' {ArrowRight}{ArrowRight}');
    expect(
      within(screen.getByRole('region', { name: 'Done' })).getByRole('button', { name: 'A' }),
    ).toBeVisible();
    await user.keyboard('{Escape}');

    expect(
      within(screen.getByRole('region', { name: 'To do' })).getByRole('button', { name: 'A' }),
    ).toHaveFocus();
    expect(announcement()).toHaveTextContent('Move of “A” cancelled.');
    expect(await column('todo')).toEqual(['A', 'B']);
    expect(await core.call('step.list', { planId })).toEqual(before);
  });

  it('opens a step with Enter', async () => {
    const { user } = await openBoard();
    card('C').focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Small step' });
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('C');
  });
});

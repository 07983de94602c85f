import { describe, expect, it } from 'vitest';
import { makePlan } from '../helpers/factories';
import type { TestCore } from '../helpers/core';
import { setupE2e } from './harness';
import { PlanPage } from './pages/PlanPage';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00Z');
const stepCount = 20_000;

/**
 * A plan holding 20,000 steps, imported from two registers as a large team would bring its backlog: the
 * first register's steps to do, the second's (unless all are to do) under way.
 */
async function planWithManySteps(core: TestCore, { secondUnderWay = false } = {}) {
  const plan = await makePlan(core, { title: 'Backlog of the service desk' });
  for (const part of [0, 1]) {
    const status = part === 1 && secondUnderWay ? 'En cours' : 'À faire';
    const rows = Array.from(
      { length: stepCount / 2 },
      (_, i) => `Backlog step ${part * (stepCount / 2) + i + 1};Claire Martin;15/01/2027;${status}`,
    );
    const csv = `\uFEFFTitre;Responsable;Échéance;Statut\r\n${rows.join('\r\n')}\r\n`;
    core.files.willOpen(core.files.put(`register-${part}.csv`, csv));
    const preview = await core.call('register.previewImport', { planId: plan.id });
    if (preview.cancelled) throw new Error('The register was not opened.');
    await core.call('register.applyImport', { token: preview.token, mapping: preview.mapping });
  }
  return plan;
}

describe('long lists', () => {
  it('renders only the visible rows of a plan of 20,000 steps, and scrolls to the last one', async () => {
    const app = await e2e.launchApp({ now });
    const plan = await planWithManySteps(app.core);
    await app.goto(`#/plan/${plan.id}?tab=steps&view=list`);
    const table = app.page.getByRole('table', { name: 'Small steps' });
    await table.getByRole('button', { name: 'Backlog step 1', exact: true }).waitFor();
    await app.settled();

    expect(await table.getAttribute('aria-rowcount')).toBe(String(stepCount + 1));
    const rendered = () => table.locator('tbody tr:not(.virtual-spacer)').count();
    expect(await rendered()).toBeLessThan(200);

    // To the end of the main area, as the user's scroll wheel or End key would take it.
    await app.page.evaluate(() => {
      const area = document.querySelector('[data-scroll-area]')!;
      area.scrollTop = area.scrollHeight;
    });
    const last = table.getByRole('button', { name: `Backlog step ${stepCount}`, exact: true });
    await last.waitFor();
    await expect.poll(() => last.isVisible()).toBe(true);
    expect(await rendered()).toBeLessThan(200);
    const row = table.getByRole('row', { name: new RegExp(`Backlog step ${stepCount}\\b`) });
    expect(await row.getAttribute('aria-rowindex')).toBe(String(stepCount + 1));
    await app.screenshot('plan-20000-steps-end');
  });

  it('draws only the cards in view on a board of 20,000 steps, and moves them by keyboard and mouse', async () => {
    const app = await e2e.launchApp({ now });
    const plan = await planWithManySteps(app.core, { secondUnderWay: true });
    await app.goto(`#/plan/${plan.id}?tab=steps&view=board`);
    const page = new PlanPage(app);
    await page.card('Backlog step 1').waitFor();
    await app.settled();
    const half = stepCount / 2;
    const drawn = (status: 'todo' | 'doing') => page.column(status).locator('[data-card]').count();
    expect(await page.column('todo').locator('.board-column__count').textContent()).toBe(String(half));
    expect(await drawn('todo')).toBeLessThan(100);
    expect(await drawn('doing')).toBeLessThan(100);
    const statusOf = async (title: string) =>
      (await app.core.call('step.list', { planId: plan.id })).find((step) => step.title === title)?.status;
    const focused = () => app.page.evaluate(() => document.activeElement?.textContent?.trim());

    // The arrows go down a long column past the cards first drawn, each one drawn as the focus reaches it.
    await page.card(`Backlog step ${half + 1}`).focus();
    for (let i = 0; i < 40; i += 1) await app.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(`Backlog step ${half + 41}`);
    await expect.poll(() => page.card(`Backlog step ${half + 41}`).isVisible()).toBe(true);
    // Left, to the card at the same height in To do; then carried back to Doing.
    await app.page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('Backlog step 41');
    await page.moveByKeyboard('Backlog step 41', ['ArrowRight']);
    await expect.poll(() => statusOf('Backlog step 41')).toBe('doing');
    // Said once the plan of 20,000 steps is read again after the move.
    await expect
      .poll(() => page.announcement.textContent(), { timeout: 30_000 })
      .toContain('Backlog step 41');
    expect(await focused()).toBe('Backlog step 41');

    // The mouse drops a card on the empty Done column's title: the column is as tall as the board, its
    // middle far below the window.
    await page.scrollToSteps();
    await page.card('Backlog step 2').dragTo(page.column('done').getByRole('heading'));
    await expect.poll(() => statusOf('Backlog step 2')).toBe('done');
    await expect.poll(() => page.titlesIn('done'), { timeout: 30_000 }).toEqual(['Backlog step 2']);

    // To the end of the main area: the last cards of both columns are drawn, and still only a few.
    await app.page.evaluate(() => {
      const area = document.querySelector('[data-scroll-area]')!;
      area.scrollTop = area.scrollHeight;
    });
    const last = page.card(`Backlog step ${stepCount}`);
    await last.waitFor();
    await expect.poll(() => last.isVisible()).toBe(true);
    await expect.poll(() => page.card(`Backlog step ${half}`).isVisible()).toBe(true);
    expect(await drawn('todo')).toBeLessThan(100);
    expect(await drawn('doing')).toBeLessThan(100);
    await last.focus();
    await app.page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(`Backlog step ${stepCount - 1}`);
    await app.screenshot('plan-20000-steps-board-end');
  });
});

import { describe, expect, it } from 'vitest';
import { makePlan } from '../helpers/factories';
import type { TestCore } from '../helpers/core';
import { setupE2e } from './harness';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00Z');
const stepCount = 20_000;

/** A plan holding 20,000 steps, imported from two registers as a large team would bring its backlog. */
async function planWithManySteps(core: TestCore) {
  const plan = await makePlan(core, { title: 'Backlog of the service desk' });
  for (const part of [0, 1]) {
    const rows = Array.from(
      { length: stepCount / 2 },
      (_, i) => `Backlog step ${part * (stepCount / 2) + i + 1};Claire Martin;15/01/2027;À faire`,
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
});

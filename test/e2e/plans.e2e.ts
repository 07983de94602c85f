import { describe, expect, it } from 'vitest';
import { setupE2e } from './harness';
import { PlansPage } from './pages/PlansPage';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');

describe.each(['en', 'fr'] as const)('plans (%s)', (language) => {
  it('guides to create a team first on an empty database', async () => {
    const app = await e2e.launchApp({ language, now });
    const plans = new PlansPage(app);
    await plans.open();
    await plans.page.getByRole('heading', { name: plans.text.plans.noTeamTitle }).waitFor();
    await app.assertAccessible();
    await app.screenshot('plans-empty');
  });

  it('a lead creates a plan for a team from a built-in model, then activates it', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const plans = new PlansPage(app);
    await plans.open();
    await app.assertAccessible();
    await app.screenshot('plans');

    const itil = (await app.core.call('model.list', {})).find((m) => m.builtinKey === 'itil4')!;
    const modelLabel = language === 'fr' ? itil.nameFr : itil.name;
    const title = 'Service desk maturity 2027 — first-call resolution and knowledge';
    await plans.fillNewPlan({
      team: 'Service Desk',
      client: 'Northwind Retail',
      model: modelLabel,
      title,
      owner: 'Claire Martin',
    });
    await app.assertAccessible();
    await app.screenshot('plan-new-dialog');
    await plans.createFilledPlan(title);
    const created = (await app.core.call('plan.list', {})).find((p) => p.title === title)!;
    expect(created).toMatchObject({
      teamName: 'Service Desk',
      modelId: itil.id,
      owner: 'Claire Martin',
      status: 'draft',
      startDate: '2026-11-28',
      endDate: '2027-11-28',
    });

    await plans.setStatus(title, 'active');
    await expect
      .poll(async () => (await app.core.call('plan.get', { id: created.id })).status)
      .toBe('active');

    await plans.filterByTeam('Service Desk');
    await expect.poll(() => plans.list.getByRole('row').count()).toBe(3);
    await app.assertAccessible();
    await app.screenshot('plans-filtered');
  });
});

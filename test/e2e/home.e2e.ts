import { describe, expect, it } from 'vitest';
import { setupE2e } from './harness';
import { HomePage } from './pages/HomePage';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');

describe.each(['en', 'fr'] as const)('the home screen (%s)', (language) => {
  it('lists what needs attention today, each leading to its plan', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const screen = new HomePage(app);
    await screen.attention.waitFor();
    const due = await app.core.call('home.attention', {});
    // The sample always has a review due, steps late and a stalling plan.
    expect(due.reviewsDue.length).toBeGreaterThan(0);
    expect(due.overdueSteps.length).toBeGreaterThan(4);
    expect(due.stallingPlans.length).toBeGreaterThan(0);
    await app.assertAccessible();
    await app.screenshot('home-attention');

    for (const group of ['reviewsDue', 'overdueSteps', 'stallingPlans'] as const) await screen.showAll(group);
    expect(await screen.titles('reviewsDue')).toEqual(due.reviewsDue.map((r) => r.planTitle));
    expect(await screen.titles('overdueSteps')).toEqual(due.overdueSteps.map((s) => s.title));
    expect(await screen.titles('stallingPlans')).toEqual(due.stallingPlans.map((p) => p.planTitle));
    // The figures and the active plans are still there, below.
    await app.page.getByRole('region', { name: screen.text.home.countsLabel, exact: true }).waitFor();
    await app.page.getByRole('list', { name: screen.text.home.activePlans, exact: true }).waitFor();
    await app.assertAccessible();

    const late = due.overdueSteps[0]!;
    await screen.group('overdueSteps').getByRole('link', { name: late.title, exact: true }).click();
    await expect.poll(() => app.page.evaluate(() => location.hash)).toBe(`#/plan/${late.planId}`);
  });

  it('says when nothing needs attention, and welcomes a new user on an empty database', async () => {
    const app = await e2e.launchApp({ language, now });
    const screen = new HomePage(app);
    await app.page.getByRole('heading', { name: screen.text.home.welcomeTitle, exact: true }).waitFor();
    expect(await screen.attention.count()).toBe(0);
    await app.assertAccessible();
    await app.screenshot('home-empty');

    const team = await app.core.call('team.create', { name: 'Network Operations', client: 'Hexa Bank' });
    const models = await app.core.call('model.list', {});
    await app.core.call('plan.create', {
      teamId: team.id,
      modelId: models[0]!.id,
      title: 'Network plan 2027',
      startDate: '2026-11-20',
      endDate: '2027-11-19',
      status: 'active',
    });
    await app.page.reload();
    await screen.attention.getByText(screen.text.attention.allClearTitle).waitFor();
    await app.assertAccessible();
    await app.screenshot('home-all-clear');
  });
});

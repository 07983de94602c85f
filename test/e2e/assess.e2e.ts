import { describe, expect, it } from 'vitest';
import type { Language } from '@shared/domain/settings';
import { setupE2e } from './harness';
import { AssessPage } from './pages/AssessPage';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');

/** A model's dimension as the app names it in a language. */
const named = (dimension: { name: string; nameFr: string }, language: Language) =>
  language === 'fr' && dimension.nameFr ? dimension.nameFr : dimension.name;

describe.each(['en', 'fr'] as const)('rating a team (%s)', (language) => {
  it('rates the team in the grid from the keyboard, with evidence, and keeps it in its history', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const screen = new AssessPage(app);
    const [team] = (await app.core.call('team.list', {})).filter((t) => t.name === 'Service Desk');
    const before = await app.core.call('assessment.list', { teamId: team!.id });
    const model = await app.core.call('model.get', { id: before[0]!.modelId });
    const axes = [...model.axes].sort((a, b) => a.position - b.position);
    const inOrder = axes.flatMap((axis) =>
      model.dimensions
        .filter((d) => d.axisId === axis.id && !d.retired)
        .sort((a, b) => a.position - b.position),
    );
    const [first, second, third] = inOrder;

    await screen.openFromTeams('Service Desk');
    await expect.poll(() => screen.grid.getByRole('radiogroup').count()).toBe(inOrder.length);
    // The latest assessment is shown for reference.
    const latest = before[0]!.scores.find((s) => s.dimensionId === first!.id)!.level;
    await expect
      .poll(() =>
        screen.grid
          .getByRole('row')
          .filter({ hasText: named(first!, language) })
          .first()
          .textContent(),
      )
      .toContain(String(latest));
    await app.assertAccessible();

    // A digit sets the level, ↓ moves on, → raises it, Tab goes to the evidence, Delete clears.
    await screen.focusFirstRow();
    await screen.keys('4', 'ArrowDown', '2', 'ArrowRight', 'ArrowDown', '1', 'Delete', '5', 'ArrowLeft');
    expect(await screen.levelOf(named(first!, language))).toBe(4);
    expect(await screen.levelOf(named(second!, language))).toBe(3);
    expect(await screen.levelOf(named(third!, language))).toBe(4);
    await screen.keys('ArrowUp', 'Tab');
    await app.page.keyboard.type('Monthly report sent on day 5');
    await expect
      .poll(() => screen.evidence(named(second!, language)).inputValue())
      .toBe('Monthly report sent on day 5');
    await screen.history(named(second!, language)).waitFor();
    await app.screenshot('assess-grid');

    await screen.save();
    await screen.currentAssessment.waitFor();
    const after = await app.core.call('assessment.list', { teamId: team!.id });
    expect(after).toHaveLength(before.length + 1);
    const saved = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(saved).toMatchObject({ date: '2026-11-28', source: 'self', modelId: model.id });
    expect(Object.fromEntries(saved.scores.map((s) => [s.dimensionId, [s.level, s.evidence]]))).toEqual({
      [first!.id]: [4, ''],
      [second!.id]: [3, 'Monthly report sent on day 5'],
      [third!.id]: [4, ''],
    });

    // The history of the dimension in focus shows the level just saved.
    await screen.levels(named(second!, language)).getByRole('radio', { checked: true }).focus();
    const history = screen.history(named(second!, language));
    await expect
      .poll(() => history.getByRole('table').getByRole('row').count())
      .toBe(after.filter((a) => a.scores.some((s) => s.dimensionId === second!.id)).length + 1);
    await history.getByRole('img').waitFor();
    await app.assertAccessible();
    await app.screenshot('assess-saved');
  });

  it('says why a team without a plan cannot be rated yet', async () => {
    const app = await e2e.launchApp({ language, now });
    await app.core.call('team.create', { name: 'Network Operations', client: 'Hexa Bank' });
    const screen = new AssessPage(app);
    await screen.openFromTeams('Network Operations');
    await app.page.getByRole('heading', { name: screen.text.assess.noModelTitle, exact: true }).waitFor();
    await app.assertAccessible();
    await app.screenshot('assess-empty');
  });
});

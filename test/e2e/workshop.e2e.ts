import { describe, expect, it } from 'vitest';
import type { Language } from '@shared/domain/settings';
import { setupE2e, type StepwiseApp } from './harness';
import { WorkshopPage } from './pages/WorkshopPage';
import { sampleText, say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');
/** The sample plan the workshop is run on, as the sample names it in a language. */
const planTitleIn = (language: Language) => sampleText(language, 'Service desk progress plan 2026');

const named = (thing: { name: string; nameFr: string }, language: Language) =>
  language === 'fr' && thing.nameFr ? thing.nameFr : thing.name;

/** The workshop as the core sees it: the plan, its model and the review of today. */
async function workshopOf(app: StepwiseApp) {
  const plan = (await app.core.call('plan.list', {})).find((p) => p.title === planTitleIn(app.language))!;
  const reviews = await app.core.call('review.list', { planId: plan.id });
  const review = reviews.find((r) => r.kind === 'workshop' && r.date === '2026-11-28');
  return app.core.call('workshop.get', { planId: plan.id, ...(review ? { reviewId: review.id } : {}) });
}

describe.each(['en', 'fr'] as const)('a workshop (%s)', (language) => {
  const planTitle = planTitleIn(language);
  it('runs from the agenda’s start to its summary, from the keyboard', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const screen = new WorkshopPage(app);
    const text = screen.text.workshop;
    const participants = ['Claire Martin', 'Hugo Bernard', 'Amina Diallo'];

    await screen.openFromPlans(planTitle);
    await app.assertAccessible();
    await app.screenshot('workshop-start');
    await screen.start(participants);
    const started = await workshopOf(app);
    expect(started.review).toMatchObject({ kind: 'workshop', date: '2026-11-28', participants });

    // 1. Open and overdue steps: the overdue first; 3 is done, 4 dropped, moved on with ↓.
    const open = started.plan.steps
      .filter((s) => s.status === 'todo' || s.status === 'doing')
      .sort((a, b) => (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
    const [first, second] = open;
    expect(first!.dueDate! < '2026-11-28').toBe(true);
    await app.assertAccessible();
    await app.screenshot('workshop-steps');
    await app.page.keyboard.press('3');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('4');
    await expect.poll(() => screen.statusOf(second!.title)).toBe(text.status.dropped);
    expect(await screen.statusOf(first!.title)).toBe(text.status.done);
    const moved = await workshopOf(app);
    expect(moved.plan.steps.find((s) => s.id === first!.id)).toMatchObject({
      status: 'done',
      doneDate: '2026-11-28',
    });
    expect(moved.plan.steps.find((s) => s.id === second!.id)?.status).toBe('dropped');
    expect(moved.review!.steps.map((l) => [l.stepId, l.action]).sort()).toEqual(
      [
        [first!.id, 'closed'],
        [second!.id, 'closed'],
      ].sort(),
    );

    // 2. Rate: each participant's vote, one digit each; the spread says to discuss; Enter agrees the median.
    await screen.nextStage('rate');
    const byModel = (await app.core.call('model.get', { id: started.plan.modelId })).dimensions;
    const targeted = started.plan.targets.map((t) => byModel.find((d) => d.id === t.dimensionId)!);
    const axes = started.model.axes.map((a) => a.id);
    targeted.sort((a, b) => axes.indexOf(a.axisId) - axes.indexOf(b.axisId) || a.position - b.position);
    const [firstRated, secondRated] = targeted;
    await expect.poll(() => screen.currentDimension.textContent()).toContain(named(firstRated!, language));
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(say(text.rate.voteOf, { name: 'Claire Martin' }));
    await app.page.keyboard.type('133');
    await expect.poll(() => screen.verdict.textContent()).toContain(say(text.rate.discuss, { range: 2 }));
    await screen.spread
      .getByText(say(text.rate.votesAtLevel_other, { level: 3, count: 2 }), { exact: true })
      .waitFor();
    expect(await screen.agreedLevel.getByRole('radio', { checked: true }).textContent()).toBe('3');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => screen.currentDimension.textContent()).toContain(named(secondRated!, language));

    // A show of hands: two for 2 and one for 3 is a consensus; Enter records the proposed 2.
    await screen.showOfHands.fill('2x2 1x3');
    await expect.poll(() => screen.verdict.textContent()).toContain(text.rate.consensus);
    await app.assertAccessible();
    await app.screenshot('workshop-rate');
    await screen.showOfHands.press('Enter');
    await expect.poll(async () => (await workshopOf(app)).assessment?.scores.length).toBe(2);
    const rated = await workshopOf(app);
    expect(rated.assessment).toMatchObject({
      reviewId: rated.review!.id,
      source: 'workshop',
      date: '2026-11-28',
    });
    expect(
      Object.fromEntries(rated.assessment!.scores.map((s) => [s.dimensionId, [s.level, s.evidence]])),
    ).toEqual({
      [firstRated!.id]: [3, say(text.rate.evidence, { votes: '1, 3, 3' })],
      [secondRated!.id]: [2, say(text.rate.evidence, { votes: '2, 2, 3' })],
    });

    // 3. New steps, at the speed of speech, with the quick-capture tokens.
    await screen.nextStage('capture');
    await screen.captureStep('Call the three unhappy stores @Hugo_Bernard due:+1w ~2h #complaint');
    await screen.captureStep('Publish the survey calendar @Claire_Martin');
    const captured = await workshopOf(app);
    const call = captured.plan.steps.find((s) => s.title === 'Call the three unhappy stores')!;
    expect(call).toMatchObject({
      owner: 'Hugo Bernard',
      dueDate: '2026-12-05',
      effortDays: 0.25,
      status: 'todo',
    });
    expect(byModel.find((d) => d.id === call.dimensionId)?.key).toBe('complaint-handling');
    expect(captured.review!.steps.filter((l) => l.action === 'created')).toHaveLength(2);
    await app.assertAccessible();
    await app.screenshot('workshop-capture');

    // 4. Decisions.
    await screen.nextStage('decisions');
    const decision = 'The monthly report goes out on the 5th working day.';
    await screen.addDecision(decision);
    await expect.poll(async () => (await workshopOf(app)).review?.decisions).toEqual([decision]);
    await app.assertAccessible();
    await app.screenshot('workshop-decisions');

    // The summary, copied as text and as Markdown.
    await screen.nextStage('summary');
    await screen.summary.waitFor();
    await app.assertAccessible();
    await app.screenshot('workshop-summary');
    const before = (level: string) => rated.previousLevels.find((l) => l.dimensionId === level)?.level;
    const target = (id: string) => started.plan.targets.find((t) => t.dimensionId === id)!.targetLevel;
    await screen.copySummary('text');
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    const summary = text.summary;
    for (const line of [
      say(summary.heading, { plan: planTitle }),
      `${summary.participants} ${participants.join(', ')}`,
      `- ${say(summary.levelLineTarget, {
        dimension: named(firstRated!, language),
        previous: String(before(firstRated!.id)),
        agreed: 3,
        target: target(firstRated!.id),
      })}`,
      `- Call the three unhappy stores (Hugo Bernard, ${say(summary.due, { date: language === 'en' ? '5 Dec 2026' : '5 déc. 2026' })})`,
      `- ${first!.title} → ${text.status.done}`,
      `- ${second!.title} → ${text.status.dropped}`,
      `1. ${decision}`,
    ])
      expect(copied).toContain(line);

    await screen.copySummary('markdown');
    const markdown = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`# ${say(summary.heading, { plan: planTitle })}`);
    expect(markdown).toContain(
      `| ${named(secondRated!, language)} | ${before(secondRated!.id)} | 2 | ${target(secondRated!.id)} |`,
    );
    expect(markdown).toContain(`- ${first!.title} → **${text.status.done}**`);

    // Escape leaves for the plan's page.
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.evaluate(() => location.hash)).toBe(`#/plan/${started.plan.id}`);
  });

  it('shows each part of the agenda on a plan with nothing in it yet', async () => {
    const app = await e2e.launchApp({ language, now });
    const team = await app.core.call('team.create', { name: 'Network Operations', client: 'Hexa Bank' });
    const models = await app.core.call('model.list', {});
    await app.core.call('plan.create', {
      teamId: team.id,
      modelId: models.find((m) => m.builtinKey === 'msp')!.id,
      title: planTitle,
      startDate: '2026-11-01',
      endDate: '2027-10-31',
      status: 'active',
    });
    const screen = new WorkshopPage(app);
    await screen.openFromPlans(planTitle);
    await app.screenshot('workshop-start-empty');
    await screen.start([]);
    await app.page.getByText(screen.text.workshop.steps.none).waitFor();
    await app.assertAccessible();
    await app.screenshot('workshop-steps-empty');
    await screen.nextStage('rate');
    await app.page.getByText(screen.text.workshop.rate.noVotes).waitFor();
    await app.assertAccessible();
    await app.screenshot('workshop-rate-empty');
    await screen.nextStage('capture');
    await screen.nextStage('decisions');
    await screen.nextStage('summary');
    await screen.summary.getByText(screen.text.workshop.summary.noLevels).waitFor();
    await app.assertAccessible();
    await app.screenshot('workshop-summary-empty');
  });
});

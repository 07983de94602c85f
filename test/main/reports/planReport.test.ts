import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makePlan, makeStep, makeTarget } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-06-15T09:00:00Z') });
});
afterEach(() => core.dispose());

/**
 * A plan on the MSP model from 5 Jan 2026, budget 10 000: two targets (dimensions 0 and 1, from 1 to 3
 * by 30 Sep), assessed on 1 Feb (1, 1), 1 Apr (2, 1) and 1 Jun (3, 1), dimension 2 at 2 then 1;
 * reviews on 1 Mar and 1 May; three steps, two done (20 Apr, 10 May), with costs.
 */
async function planWithHistory() {
  await core.call('settings.update', { organisationName: 'Contoso Managed Services' });
  const plan = await makePlan(core, { budget: 10_000 });
  const { dimensions } = await core.call('model.get', { id: builtinModelId('msp') });
  const [d0, d1, d2] = dimensions.map((d) => d.id) as [string, string, string];
  const t0 = await makeTarget(core, { planId: plan.id, dimensionId: d0, rationale: 'SLA reports on time' });
  const t1 = await makeTarget(core, { planId: plan.id, dimensionId: d1 });
  const rate = (date: string, levels: [string, number][]) =>
    core.call('assessment.create', {
      teamId: plan.teamId,
      modelId: plan.modelId,
      date,
      scores: levels.map(([dimensionId, level]) => ({ dimensionId, level })),
    });
  await rate('2026-02-01', [
    [d0, 1],
    [d1, 1],
    [d2, 2],
  ]);
  await rate('2026-04-01', [
    [d0, 2],
    [d1, 1],
    [d2, 1],
  ]);
  await rate('2026-06-01', [
    [d0, 3],
    [d1, 1],
    [d2, 1],
  ]);
  await core.call('review.create', {
    planId: plan.id,
    date: '2026-03-01',
    notes: 'Internal: the client is unhappy with the margin',
    decisions: ['Publish the SLA report on day 5'],
    participants: ['Claire', 'Hugo'],
  });
  const may = await core.call('review.create', {
    planId: plan.id,
    date: '2026-05-01',
    kind: 'steering',
    notes: 'Internal: renegotiate',
    decisions: ['Close the reporting gap', 'Train the desk'],
  });
  const done = await makeStep(core, {
    planId: plan.id,
    targetId: t0.id,
    dimensionId: d0,
    title: 'Automate the SLA report',
    status: 'done',
    doneDate: '2026-04-20',
    cost: 1_200,
  });
  await makeStep(core, {
    planId: plan.id,
    title: 'Train the desk',
    status: 'done',
    doneDate: '2026-05-10',
    cost: 300,
  });
  await makeStep(core, {
    planId: plan.id,
    targetId: t1.id,
    title: 'Review contracts',
    status: 'todo',
    cost: 500,
  });
  await core.call('review.linkStep', { reviewId: may.id, stepId: done.id, action: 'closed' });
  return { plan, t0, t1, d0, d1, d2 };
}

describe('report.plan', () => {
  it('gives the print view the whole report of a plan in one call', async () => {
    const { plan, t0, t1, d0, d2 } = await planWithHistory();
    const report = await core.call('report.plan', { planId: plan.id });

    expect(report.today).toBe('2026-06-15');
    expect(report.clientCopy).toBe(false);
    expect(report.organisation).toEqual({ name: 'Contoso Managed Services', logo: null });
    expect(report.team).toMatchObject({ name: 'Service Desk', client: 'Northwind Retail' });
    expect(report.plan).toMatchObject({ id: plan.id, title: 'Progress plan 2026' });

    // d0 went from 1 to 3 (reached, progress 1); d1 stays at 1 (progress 0): the plan is half way.
    expect(report.plan.progress).toBe(0.5);
    // Both targets are due the same day, an order the report does not fix: each is found by its id.
    const [first, second] = [t0.id, t1.id].map((id) => report.plan.targets.find((t) => t.id === id));
    expect(report.plan.targets).toHaveLength(2);
    expect(first).toMatchObject({
      id: t0.id,
      current: 3,
      progress: 1,
      status: 'reached',
      rationale: 'SLA reports on time',
    });
    expect(second).toMatchObject({ id: t1.id, current: 1, progress: 0 });

    // Since the review of 1 May: d0 rose from 2 to 3 on 1 June; one step was done on 10 May; t0 reached.
    expect(report.changes).toEqual({
      since: '2026-05-01',
      sinceReview: true,
      levelsUp: [{ dimensionId: d0, from: 2, to: 3 }],
      levelsDown: [],
      stepsDone: 1,
      targetsReached: [t0.id],
    });

    expect(report.reviewCount).toBe(2);
    expect(report.reviews.map((r) => [r.date, r.stepsClosed, r.decisions])).toEqual([
      ['2026-05-01', 1, ['Close the reporting gap', 'Train the desk']],
      ['2026-03-01', 0, ['Publish the SLA report on day 5']],
    ]);
    expect(report.reviews[0]?.notes).toBe('Internal: renegotiate');

    expect(report.steps.map((s) => [s.title, s.status, s.cost])).toEqual(
      expect.arrayContaining([
        ['Automate the SLA report', 'done', 1_200],
        ['Train the desk', 'done', 300],
        ['Review contracts', 'todo', 500],
      ]),
    );
    // Planned: every step not dropped (2 000); spent: the steps done (1 500).
    expect(report.budget).toMatchObject({ budget: 10_000, planned: 2_000, spent: 1_500, overBudget: false });

    // The radar shows every dimension of the model; d2, first rated after the plan started, has no baseline.
    expect(report.radarsOfTargets).toBe(false);
    const points = report.radars.flatMap((r) => r.points);
    expect(points.find((p) => p.dimensionId === d0)).toEqual({
      dimensionId: d0,
      baseline: 1,
      current: 3,
      target: 3,
      targeted: true,
    });
    expect(points.find((p) => p.dimensionId === d2)).toMatchObject({
      baseline: null,
      current: 1,
      target: 1,
      targeted: false,
    });
    expect(report.plan.trends.overall.map((p) => p.date)).toEqual(['2026-02-01', '2026-04-01', '2026-06-01']);
  });

  it('draws one radar of the targeted practices for a model too large for one radar', async () => {
    const plan = await makePlan(core, { model: 'itil4', targets: 3 });
    const report = await core.call('report.plan', { planId: plan.id });
    expect(report.radarsOfTargets).toBe(true);
    expect(report.radars).toHaveLength(1);
    // In the model's order, as the spokes go round.
    expect(report.radars[0]?.points.map((p) => p.dimensionId).sort()).toEqual(
      plan.targets.map((t) => t.dimensionId).sort(),
    );
  });

  it('leaves costs, the budget and internal notes out of the client copy', async () => {
    const { plan } = await planWithHistory();
    const report = await core.call('report.plan', { planId: plan.id, clientCopy: true });

    expect(report.clientCopy).toBe(true);
    expect(report.budget).toBeNull();
    expect(report.plan).not.toHaveProperty('budget');
    expect(report.steps.every((s) => s.cost === null)).toBe(true);
    expect(report.reviews.map((r) => r.notes)).toEqual(['', '']);
    // Ids are random and may hold those digits ("e1200600-…"): only the values around them count.
    const withoutIds = JSON.stringify(report).replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '');
    expect(withoutIds).not.toMatch(/Internal:|10000|1200/);
    // What the client should read stays.
    expect(report.reviews[0]?.decisions).toEqual(['Close the reporting gap', 'Train the desk']);
  });

  it('tells what changed since the plan started when no review was held before today', async () => {
    const plan = await makePlan(core, { targets: 1 });
    await core.call('review.create', { planId: plan.id, date: '2026-06-15' });
    const report = await core.call('report.plan', { planId: plan.id });
    expect(report.changes).toMatchObject({ since: '2026-01-05', sinceReview: false, stepsDone: 0 });
    expect(report.reviews).toHaveLength(1);
    expect(report.plan.targets[0]).toMatchObject({ current: null, progress: 0 });
  });

  it('compares the gaps of the team’s last four answered satisfaction campaigns', async () => {
    const plan = await makePlan(core);
    const empty = await core.call('report.plan', { planId: plan.id });
    expect(empty.satisfaction).toMatchObject({ campaigns: [], latest: null, change: null });

    // Six campaigns, one respondent rating every item 6 → 6 + gap; the last one has no answer yet.
    const gaps = [-5, -4, -3, -2, -1, null];
    for (const [i, gap] of gaps.entries()) {
      const survey = await core.call('survey.createFromTemplate', {
        teamId: plan.teamId,
        title: `Campaign ${i + 1}`,
        periodStart: `2025-0${i + 1}-01`,
        periodEnd: `2025-0${i + 1}-28`,
      });
      if (gap !== null)
        await core.call('surveyResponse.create', {
          surveyId: survey.id,
          answers: survey.items.map((item) => ({ itemId: item.id, expectation: 6, perception: 6 + gap })),
        });
    }
    const { satisfaction } = await core.call('report.plan', { planId: plan.id, clientCopy: true });
    expect(satisfaction.campaigns.map((c) => [c.title, c.headline])).toEqual([
      ['Campaign 2', -4],
      ['Campaign 3', -3],
      ['Campaign 4', -2],
      ['Campaign 5', -1],
    ]);
    expect(satisfaction.campaigns[3]!.dimensions.map((d) => [d.key, d.gap])).toEqual([
      ['tangibles', -1],
      ['reliability', -1],
      ['responsiveness', -1],
      ['assurance', -1],
      ['empathy', -1],
    ]);
    expect(satisfaction).toMatchObject({ latest: { title: 'Campaign 5' }, change: 1 });
  });

  it('refuses a plan that does not exist, and input that is not valid', async () => {
    const missing = await core.invoke('report.plan', { planId: '7f1d1f40-3c55-4c39-9a36-0d1c0b0c0c0c' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const invalid = await core.invoke('report.plan', { planId: 'plan-1', clientCopy: 'yes' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'planId' } });
  });
});

describe('plan.exportPdf', () => {
  it('writes nothing and says so when the user cancels the save dialog', async () => {
    const plan = await makePlan(core);
    core.files.willCancelSave();
    const result = await core.call('plan.exportPdf', { planId: plan.id, language: 'fr' });
    expect(result).toEqual({ saved: false, fileName: null });
    expect(readdirSync(core.files.dir)).toEqual([]);
  });

  it('fails plainly, leaving no file, where no window can print (the command line, scripts)', async () => {
    const plan = await makePlan(core, { title: 'Plan: Q3 / Q4' });
    const result = await core.invoke('plan.exportPdf', { planId: plan.id, language: 'en', clientCopy: true });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'A PDF can only be printed from the Stepwise app window.' },
    });
    // The name suggested is the plan's title made safe for every file system.
    expect(core.files.saved.map((path) => path.slice(core.files.dir.length + 1))).toEqual(['Plan Q3 Q4.pdf']);
    expect(existsSync(core.files.lastSaved)).toBe(false);
    expect(core.files.filtersAsked.at(-1)).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });
});

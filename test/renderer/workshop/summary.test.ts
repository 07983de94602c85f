import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/renderer/i18n/i18n';
import { summaryMarkdown, summaryOf, summaryText } from '../../../src/renderer/screens/workshop/summary';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00') });
});
afterEach(() => core.dispose());

/**
 * A workshop on 10 March 2026 with Claire and Hugo: SLA compliance rated 1 before, agreed at 2 (target 3);
 * contract governance agreed at 1, never rated before; one step added, one moved, two closed; two decisions.
 */
async function workshop() {
  const team = await makeTeam(core, { name: 'Service Desk', client: 'Northwind Retail' });
  const plan = await makePlan(core, { teamId: team.id, title: 'Progress plan 2026', targets: 2 });
  // makePlan targets the model's first dimensions.
  const [sla, contract] = (await core.call('model.get', { id: plan.modelId })).dimensions.map((d) => d.id);
  await core.call('assessment.create', {
    teamId: team.id,
    modelId: plan.modelId,
    date: '2026-02-10',
    scores: [{ dimensionId: sla!, level: 1 }],
  });
  const publish = await makeStep(core, { planId: plan.id, title: 'Publish SLA report' });
  const huddle = await makeStep(core, { planId: plan.id, title: 'Weekly huddle' });
  const chatbot = await makeStep(core, { planId: plan.id, title: 'Chatbot' });
  const review = await core.call('review.create', {
    planId: plan.id,
    date: '2026-03-10',
    kind: 'workshop',
    participants: ['Claire', 'Hugo'],
  });
  const reviewId = review.id;
  await core.call('workshop.moveStep', { reviewId, stepId: publish.id, status: 'done' });
  await core.call('workshop.moveStep', { reviewId, stepId: huddle.id, status: 'doing' });
  await core.call('workshop.moveStep', { reviewId, stepId: chatbot.id, status: 'dropped' });
  await core.call('workshop.captureStep', {
    reviewId,
    step: { title: 'Call the stores', owner: 'Hugo', dueDate: '2026-03-20' },
  });
  await core.call('workshop.rate', { reviewId, dimensionId: sla!, level: 2 });
  await core.call('workshop.rate', { reviewId, dimensionId: contract!, level: 1 });
  await core.call('review.update', {
    id: reviewId,
    patch: { decisions: ['Report on day 5', 'Use | pipes *carefully*'] },
  });
  return core.call('workshop.get', { planId: plan.id, reviewId });
}

describe('the summary of a workshop', () => {
  it('reads what the workshop agreed, added, moved, closed and decided', async () => {
    const summary = summaryOf(await workshop(), 'en', i18n.getFixedT('en'));
    expect(summary).toEqual({
      planTitle: 'Progress plan 2026',
      team: 'Service Desk · Northwind Retail',
      date: '2026-03-10',
      participants: ['Claire', 'Hugo'],
      levels: [
        { dimension: 'SLA compliance', previous: 1, agreed: 2, target: 3 },
        { dimension: 'Contract governance', previous: null, agreed: 1, target: 3 },
      ],
      added: [{ title: 'Call the stores', status: 'todo', owner: 'Hugo', dueDate: '2026-03-20' }],
      moved: [{ title: 'Weekly huddle', status: 'doing', owner: '', dueDate: null }],
      closed: [
        { title: 'Publish SLA report', status: 'done', owner: '', dueDate: null },
        { title: 'Chatbot', status: 'dropped', owner: '', dueDate: null },
      ],
      decisions: ['Report on day 5', 'Use | pipes *carefully*'],
    });
  });

  it('is nothing before the workshop starts', async () => {
    const plan = await makePlan(core);
    expect(
      summaryOf(await core.call('workshop.get', { planId: plan.id }), 'en', i18n.getFixedT('en')),
    ).toBeNull();
  });

  it('is written as plain text, for an e-mail', async () => {
    const t = i18n.getFixedT('en');
    const summary = summaryOf(await workshop(), 'en', t)!;
    expect(summaryText(summary, t, 'en')).toBe(
      [
        'Workshop summary: Progress plan 2026',
        'Service Desk · Northwind Retail · 10 Mar 2026',
        'Participants: Claire, Hugo',
        '',
        'Levels agreed',
        '- SLA compliance: 1 → 2 (target 3)',
        '- Contract governance: not rated → 1 (target 3)',
        '',
        'Steps added',
        '- Call the stores (Hugo, due 20 Mar 2026)',
        '',
        'Steps moved',
        '- Weekly huddle → Doing',
        '',
        'Steps closed',
        '- Publish SLA report → Done',
        '- Chatbot → Dropped',
        '',
        'Decisions',
        '1. Report on day 5',
        '2. Use | pipes *carefully*',
        '',
      ].join('\n'),
    );
  });

  it('is written as Markdown, with a table of levels and what the user typed escaped', async () => {
    const t = i18n.getFixedT('en');
    const summary = summaryOf(await workshop(), 'en', t)!;
    expect(summaryMarkdown(summary, t, 'en')).toBe(
      [
        '# Workshop summary: Progress plan 2026',
        '',
        'Service Desk · Northwind Retail · 10 Mar 2026  ',
        '**Participants:** Claire, Hugo',
        '',
        '## Levels agreed',
        '',
        '| Dimension | Before | Agreed | Target |',
        '| --- | ---: | ---: | ---: |',
        '| SLA compliance | 1 | 2 | 3 |',
        '| Contract governance | – | 1 | 3 |',
        '',
        '## Steps added',
        '',
        '- Call the stores (Hugo, due 20 Mar 2026)',
        '',
        '## Steps moved',
        '',
        '- Weekly huddle → **Doing**',
        '',
        '## Steps closed',
        '',
        '- Publish SLA report → **Done**',
        '- Chatbot → **Dropped**',
        '',
        '## Decisions',
        '',
        '1. Report on day 5',
        '2. Use \\| pipes \\*carefully\\*',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing happened, in French too', async () => {
    const plan = await makePlan(core, { title: 'Plan réseau' });
    const review = await core.call('review.create', {
      planId: plan.id,
      date: '2026-03-10',
      kind: 'workshop',
    });
    const t = i18n.getFixedT('fr');
    const view = await core.call('workshop.get', { planId: plan.id, reviewId: review.id });
    const text = summaryText(summaryOf(view, 'fr', t)!, t, 'fr');
    const nbsp = '\u00a0';
    expect(text.split('\n')).toEqual([
      `Synthèse de l’atelier${nbsp}: Plan réseau`,
      'Service Desk · Northwind Retail · 10 mars 2026',
      'Aucun participant noté.',
      '',
      'Niveaux retenus',
      'Aucun niveau retenu.',
      '',
      'Pas ajoutés',
      'Aucun.',
      '',
      'Pas déplacés',
      'Aucun.',
      '',
      'Pas clos',
      'Aucun.',
      '',
      'Décisions',
      'Aucune décision.',
      '',
    ]);
  });
});

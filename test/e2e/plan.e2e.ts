import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/dates';
import { builtinModelId, makePlan, makeStep, makeTeam } from '../helpers/factories';
import type { TestCore } from '../helpers/core';
import { setupE2e, type StepwiseApp } from './harness';
import { PlanPage } from './pages/PlanPage';
import { PlansPage } from './pages/PlansPage';
import { UndoControls } from './pages/UndoControls';
import { sampleText, say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00Z');
const today = '2026-11-28';

/** A plan on the MSP key points model with targets on SLA compliance and the survey programme. */
async function planWithTargets(core: TestCore, title: string) {
  const plan = await makePlan(core, {
    title,
    owner: 'Claire Martin',
    startDate: '2026-09-01',
    endDate: '2027-08-31',
  });
  const { dimensions } = await core.call('model.get', { id: builtinModelId('msp') });
  const dimension = (key: string) => dimensions.find((d) => d.key === key)!;
  for (const key of ['sla-compliance', 'survey-programme']) {
    await core.call('target.create', {
      planId: plan.id,
      dimensionId: dimension(key).id,
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    });
  }
  return { plan: await core.call('plan.get', { id: plan.id }), dimension };
}

async function openPlan(app: StepwiseApp, title: string, tab: 'targets' | 'steps' | 'reviews' | 'history') {
  const page = new PlanPage(app);
  await page.openFromPlans(title);
  if (tab !== 'steps') await page.openTab(tab);
  return page;
}

describe.each(['en', 'fr'] as const)('the plan page (%s)', (language) => {
  it('creates a plan with targets, from an empty plan to its first targets and details', async () => {
    const app = await e2e.launchApp({ language, now });
    await makeTeam(app.core, { name: 'Service Desk', client: 'Northwind Retail' });
    const plans = new PlansPage(app);
    await plans.open();
    const title =
      language === 'en' ? 'Service desk progress plan 2027' : 'Plan de progrès du centre de services 2027';
    const msp = (await app.core.call('model.list', {})).find((m) => m.builtinKey === 'msp')!;
    await plans.addPlan({
      team: 'Service Desk',
      client: 'Northwind Retail',
      model: language === 'en' ? msp.name : msp.nameFr,
      title,
    });

    const plan = new PlanPage(app);
    await plan.page.getByRole('link', { name: title, exact: true }).click();
    await plan.waitForHeading(title);
    await plan.dismissToasts();
    await plan.captureField.waitFor();
    await app.assertAccessible();
    await app.screenshot('plan-empty-steps');
    for (const tab of ['targets', 'reviews', 'history'] as const) {
      await plan.openTab(tab);
      await app.assertAccessible();
      await app.screenshot(`plan-empty-${tab}`);
    }

    await plan.openTab('targets');
    await plan.showEveryDimension();
    const names = (await app.core.call('model.get', { id: msp.id })).dimensions;
    const local = (key: string) => {
      const dimension = names.find((d) => d.key === key)!;
      return language === 'en' ? dimension.name : dimension.nameFr;
    };
    await plan.button(say(plan.text.planTargets.setNamed, { name: local('sla-compliance') })).click();
    await app.assertAccessible();
    await app.screenshot('plan-target-dialog');
    await plan.dialog.getByRole('button', { name: plan.text.common.cancel, exact: true }).click();
    await plan.setTarget(local('sla-compliance'), {
      baseline: 2,
      target: 4,
      date: '2027-06-30',
      rationale:
        language === 'en'
          ? 'Two SLA breaches last quarter.'
          : 'Deux dépassements de SLA au dernier trimestre.',
    });
    await plan.setTarget(local('complaint-handling'), { baseline: 1, target: 3 });
    await plan.page.getByRole('checkbox', { name: plan.text.planTargets.showAll, exact: true }).uncheck();

    const [created] = await app.core.call('plan.list', {});
    const targets = await app.core.call('target.list', { planId: created!.id });
    expect(targets.map((t) => [t.baselineLevel, t.targetLevel, t.targetDate])).toEqual(
      expect.arrayContaining([
        [2, 4, '2027-06-30'],
        [1, 3, created!.endDate],
      ]),
    );

    await plan.button(plan.text.planPage.editDetails).click();
    const field = (label: string) => plan.dialog.getByLabel(label, { exact: true });
    await field(plan.text.fields.owner).fill('Claire Martin');
    await field(plan.text.fields.budget).fill('25000');
    await field(plan.text.fields.reviewCadenceDays).fill('14');
    await field(plan.text.fields.maxStepEffortDays).fill('3');
    await app.assertAccessible();
    await app.screenshot('plan-details-dialog');
    await plan.dialog.getByRole('button', { name: plan.text.common.save, exact: true }).click();
    await plan.dialog.waitFor({ state: 'detached' });
    expect(await app.core.call('plan.get', { id: created!.id })).toMatchObject({
      owner: 'Claire Martin',
      budget: 25_000,
      reviewCadenceDays: 14,
      maxStepEffortDays: 3,
    });
    await plan.dismissToasts();
    await app.assertAccessible();
    await app.screenshot('plan-targets-new');
  });

  it('captures ten steps from the quick-capture field, tokens filling their fields', async () => {
    const app = await e2e.launchApp({ language, now });
    const { plan, dimension } = await planWithTargets(app.core, 'Service desk progress plan');
    const page = await openPlan(app, plan.title, 'steps');
    const en = language === 'en';
    const lines = [
      `${en ? 'Publish the SLA report on the 5th working day' : 'Publier le rapport SLA le 5e jour ouvré'} @Claire due:15/01 #sla ${en ? '~2d' : '~2j'}`,
      `${en ? 'Call the three unhappy users' : 'Appeler les trois utilisateurs mécontents'} @"Hugo Bernard" due:+3d ~2h`,
      `${en ? 'Add a survey link to closed tickets' : 'Ajouter un lien d’enquête aux tickets clos'} #survey ~1d €250`,
      `${en ? 'Shared mailbox for complaints' : 'Boîte partagée pour les réclamations'} #${en ? 'complaint' : 'reclamations'} !doing @Amina_Diallo`,
      `${en ? 'A callback option for long queues' : 'Proposer un rappel quand l’attente est longue'} !idea`,
      `${en ? 'Weekly huddle on breached tickets' : 'Point hebdomadaire sur les tickets hors délai'} due:2026-12-10 ~4h`,
      `${en ? 'Train two agents on the CMDB views' : 'Former deux agents aux vues de la CMDB'} ~1w @Sofia`,
      `${en ? 'Monthly budget review with finance' : 'Revue budgétaire mensuelle avec la finance'} #budget €0 due:+2w`,
      `${en ? 'Reclaim unused licences' : 'Récupérer les licences inutilisées'} #cost ${en ? '~3d' : '~3j'} €1500 !done`,
      en ? 'Write the knowledge article template' : 'Rédiger le modèle d’article de connaissance',
    ];

    // The preview, as the first line is typed.
    await page.captureField.fill(lines[0]!);
    await page.page.getByRole('group', { name: page.text.planSteps.capture.preview }).waitFor();
    await app.assertAccessible();
    await app.screenshot('plan-quick-capture');
    await page.captureField.fill('');
    for (const line of lines) await page.capture(line);
    await expect.poll(async () => (await app.core.call('step.list', { planId: plan.id })).length).toBe(10);

    const steps = await app.core.call('step.list', { planId: plan.id });
    const titled = (start: string) => steps.find((step) => step.title.startsWith(start))!;
    const sla = plan.targets.find((t) => t.dimensionId === dimension('sla-compliance').id)!;
    const survey = plan.targets.find((t) => t.dimensionId === dimension('survey-programme').id)!;
    const expected = [
      {
        owner: 'Claire',
        dueDate: '2027-01-15',
        dimensionId: sla.dimensionId,
        targetId: sla.id,
        effortDays: 2,
        status: 'todo',
      },
      { owner: 'Hugo Bernard', dueDate: addDays(today, 3), effortDays: 0.25, dimensionId: null },
      { dimensionId: survey.dimensionId, targetId: survey.id, effortDays: 1, cost: 250 },
      {
        owner: 'Amina Diallo',
        status: 'doing',
        dimensionId: dimension('complaint-handling').id,
        targetId: null,
      },
      { status: 'idea', owner: '', dueDate: null, effortDays: null },
      { dueDate: '2026-12-10', effortDays: 0.5 },
      { owner: 'Sofia', effortDays: 5 },
      { dimensionId: dimension('budget-tracking').id, cost: 0, dueDate: addDays(today, 14) },
      {
        status: 'done',
        doneDate: today,
        cost: 1500,
        effortDays: 3,
        dimensionId: dimension('cost-optimisation').id,
      },
      { status: 'todo', owner: '', dimensionId: null, cost: null, effortDays: null, dueDate: null },
    ];
    for (const [i, line] of lines.entries()) {
      const title = line.split(/ [@#~€!]| due:/)[0]!;
      expect(titled(title), line).toMatchObject({ title, ...expected[i] });
    }
    // Every step landed on the board, in its column.
    expect(await page.titlesIn('doing')).toEqual([titled(lines[3]!.split(' #')[0]!).title]);
    expect(await page.captureField.inputValue()).toBe('');
    await page.dismissToasts();
    await page.scrollToSteps();
    await app.assertAccessible();
    await app.screenshot('plan-steps-captured');
  });

  it('moves steps from the keyboard and by dragging them', async () => {
    const app = await e2e.launchApp({ language, now });
    const plan = await makePlan(app.core, { title: 'Operations roadmap' });
    for (const [title, status] of [
      ['Define standard changes', 'todo'],
      ['Tune the noisiest alerts', 'todo'],
      ['Document the failover runbook', 'todo'],
      ['Hold a problem review after each P1', 'doing'],
      ['Publish a capacity forecast', 'done'],
    ] as const) {
      await makeStep(app.core, { planId: plan.id, title, status, owner: 'Hugo Bernard' });
    }
    const page = await openPlan(app, plan.title, 'steps');
    const column = async (status: 'todo' | 'doing' | 'done') =>
      (await app.core.call('step.list', { planId: plan.id }))
        .filter((step) => step.status === status)
        .sort((a, b) => a.position - b.position)
        .map((step) => step.title);

    // Keyboard: To do → Doing, below the step already there.
    await page.moveByKeyboard('Define standard changes', ['ArrowRight', 'ArrowDown']);
    await expect
      .poll(() => column('doing'))
      .toEqual(['Hold a problem review after each P1', 'Define standard changes']);
    await expect.poll(() => page.announcement.textContent()).toContain('Define standard changes');
    // Keyboard: up within To do.
    await page.moveByKeyboard('Document the failover runbook', ['ArrowUp']);
    await expect
      .poll(() => column('todo'))
      .toEqual(['Document the failover runbook', 'Tune the noisiest alerts']);
    // A card carried across the board, on screen before it is dropped.
    await page.scrollToSteps();
    await page.card('Tune the noisiest alerts').focus();
    await page.page.keyboard.press('Space');
    await page.page.keyboard.press('ArrowRight');
    await page.page.keyboard.press('ArrowRight');
    await app.assertAccessible();
    await app.screenshot('plan-board-carrying');
    await page.page.keyboard.press('Escape');
    expect(await column('todo')).toEqual(['Document the failover runbook', 'Tune the noisiest alerts']);

    // Mouse: onto the Done column, then before a card of Doing.
    await page.drag('Tune the noisiest alerts', { column: 'done' });
    await expect
      .poll(() => column('done'))
      .toEqual(['Publish a capacity forecast', 'Tune the noisiest alerts']);
    await page.drag('Document the failover runbook', { before: 'Hold a problem review after each P1' });
    await expect
      .poll(() => column('doing'))
      .toEqual([
        'Document the failover runbook',
        'Hold a problem review after each P1',
        'Define standard changes',
      ]);
    expect(await column('todo')).toEqual([]);
    const done = (await app.core.call('step.list', { planId: plan.id })).find(
      (s) => s.title === 'Tune the noisiest alerts',
    );
    expect(done?.doneDate).toBe(today);
    await page.dismissToasts();
    await page.scrollToSteps();
    await app.screenshot('plan-board-moved');
  });

  it('splits a step too big for the small-step rule', async () => {
    const app = await e2e.launchApp({ language, now });
    const plan = await makePlan(app.core, { title: 'Workplace improvement plan' });
    const big = await makeStep(app.core, {
      planId: plan.id,
      title: 'Replace the 40 oldest laptops',
      owner: 'Amina Diallo',
      effortDays: 9,
      startDate: '2026-11-23',
      dueDate: '2026-12-04',
    });
    await makeStep(app.core, { planId: plan.id, title: 'Standardise the laptop build', effortDays: 2 });
    const page = await openPlan(app, plan.title, 'steps');
    await page.button(say(page.text.planSteps.splitNamed, { title: big.title })).waitFor();
    // Only the big step is flagged.
    expect(await page.page.getByText(page.text.planSteps.tooBig).count()).toBe(1);

    await page.button(say(page.text.planSteps.splitNamed, { title: big.title })).click();
    const parts =
      language === 'en'
        ? [
            'Replace the laptops of clinic 1 to 4',
            'Replace the laptops of clinic 5 to 8',
            'Replace the laptops of clinic 9 to 12',
          ]
        : [
            'Remplacer les portables des cliniques 1 à 4',
            'Remplacer les portables des cliniques 5 à 8',
            'Remplacer les portables des cliniques 9 à 12',
          ];
    await page.dialog.getByRole('button', { name: page.text.planSteps.addPart, exact: true }).click();
    const inputs = page.dialog.getByRole('textbox');
    for (const [i, part] of parts.entries()) await inputs.nth(i).fill(part);
    await app.assertAccessible();
    await app.screenshot('plan-split-dialog');
    await page.dialog
      .getByRole('button', { name: say(page.text.planSteps.splitConfirm_other, { count: 3 }) })
      .click();
    await page.dialog.waitFor({ state: 'detached' });

    await expect.poll(async () => (await app.core.call('step.list', { planId: plan.id })).length).toBe(4);
    const steps = await app.core.call('step.list', { planId: plan.id });
    const split = steps
      .filter((step) => step.title !== 'Standardise the laptop build')
      .sort((a, b) => a.position - b.position);
    // 9 days shared in three, to the quarter day: 3 each; the step keeps its id and the first title.
    expect(split.map((step) => [step.title, step.effortDays, step.owner])).toEqual(
      parts.map((part) => [part, 3, 'Amina Diallo']),
    );
    expect(split[0]!.id).toBe(big.id);
    expect(await page.page.getByText(page.text.planSteps.tooBig).count()).toBe(0);
    await page.dismissToasts();
    await app.screenshot('plan-split-done');
  });
});

describe.each(['en', 'fr'] as const)('the plan page with the sample data (%s)', (language) => {
  it('shows every tab and dialog of a plan under way, records a review and tells its history', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    await app.core.call('settings.update', { userName: 'Claire Martin' });
    const title = sampleText(language, 'Service desk progress plan 2026');
    const page = await openPlan(app, title, 'steps');
    const plan = (await app.core.call('plan.list', {})).find((p) => p.title === title)!;
    await app.assertAccessible();
    await app.screenshot('plan-steps');
    await page.scrollToSteps();
    await app.screenshot('plan-steps-board');

    await page.showList();
    await app.assertAccessible();
    await app.screenshot('plan-steps-list');
    await page.page.getByLabel(page.text.fields.owner, { exact: true }).selectOption('Claire Martin');
    await page.page
      .getByRole('checkbox', { name: page.text.planSteps.filters.overdueOnly, exact: true })
      .check();
    const shown = page.page
      .getByRole('table', { name: page.text.planSteps.list.label, exact: true })
      .getByRole('row');
    const steps = await app.core.call('step.list', { planId: plan.id });
    const expected = steps.filter(
      (s) =>
        s.owner === 'Claire Martin' && (s.status === 'todo' || s.status === 'doing') && s.dueDate! < today,
    );
    await expect.poll(() => shown.count()).toBe(expected.length + 1);
    await app.screenshot('plan-steps-filtered');

    // A step's details, opened from the board.
    await page.page.getByRole('radio', { name: page.text.planSteps.views.board, exact: true }).check();
    const doing = steps.find((s) => s.status === 'doing' && s.effortDays !== null && s.effortDays > 5)!;
    await page.openStep(doing.title);
    await app.assertAccessible();
    await app.screenshot('plan-step-dialog');
    await page.dialog.getByLabel(page.text.fields.status, { exact: true }).selectOption('done');
    await page.dialog
      .getByLabel(page.text.fields.outcome, { exact: true })
      .fill(
        language === 'en'
          ? 'Agreed with the client on 27 November.'
          : 'Validé avec le client le 27 novembre.',
      );
    await page.dialog.getByRole('button', { name: page.text.common.save, exact: true }).click();
    await page.dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await app.core.call('step.get', { id: doing.id })).status).toBe('done');
    expect(await app.core.call('step.get', { id: doing.id })).toMatchObject({ doneDate: today });

    // Another step deleted from its details, then brought back with Ctrl+Z.
    const dropped = steps.find((s) => s.id !== doing.id)!;
    await page.openStep(dropped.title);
    await page.dialog.getByRole('button', { name: page.text.planSteps.delete, exact: true }).click();
    await page.dialog.getByText(page.text.planSteps.deleteQuestion, { exact: true }).waitFor();
    await app.assertAccessible();
    await app.screenshot('plan-step-delete');
    await page.dialog.getByRole('button', { name: page.text.planSteps.deleteConfirm, exact: true }).click();
    await page.dialog.waitFor({ state: 'detached' });
    expect((await app.core.call('step.list', { planId: plan.id })).map((s) => s.id)).not.toContain(
      dropped.id,
    );
    await new UndoControls(app).undo();
    await expect
      .poll(async () => (await app.core.call('step.list', { planId: plan.id })).length)
      .toBe(steps.length);
    expect(await app.core.call('step.get', { id: dropped.id })).toEqual(dropped);

    await page.openTab('targets');
    await app.assertAccessible();
    await app.screenshot('plan-targets');

    // A review recorded with its decisions, and the step closed in it linked.
    await page.openTab('reviews');
    await page.recordReview({
      date: today,
      participants: 'Claire Martin, Hugo Bernard, Northwind Retail service manager',
      notes: language === 'en' ? 'Steps reviewed one by one.' : 'Pas revus un par un.',
      decisions:
        language === 'en'
          ? ['Keep the escalation path in the next report.', 'Split the laptop replacement by clinic.']
          : [
              'Garder le circuit d’escalade dans le prochain rapport.',
              'Découper le remplacement des portables par clinique.',
            ],
    });
    await page.linkStep(doing.title, 'closed');
    await app.assertAccessible();
    await app.screenshot('plan-review-dialog');
    await page.dialog.getByRole('button', { name: page.text.common.save, exact: true }).click();
    await page.dialog.waitFor({ state: 'detached' });
    const [latest] = await app.core.call('review.listWithSteps', { planId: plan.id });
    expect(latest).toMatchObject({ date: today, decisions: expect.arrayContaining([expect.any(String)]) });
    expect(latest!.decisions).toHaveLength(2);
    expect(latest!.steps).toMatchObject([{ stepId: doing.id, action: 'closed' }]);
    await page.dismissToasts();
    await app.assertAccessible();
    await app.screenshot('plan-reviews');

    await page.openTab('history');
    const movedLine = say(page.text.planHistory.stepMoved, {
      who: 'Claire Martin',
      title: doing.title,
      from: page.text.planSteps.status.doing,
      to: page.text.planSteps.status.done,
    });
    await page.page.getByText(movedLine, { exact: true }).waitFor();
    await app.assertAccessible();
    await app.screenshot('plan-history');
  });

  it('stays readable with many steps and long names, down to the narrowest window', async () => {
    const app = await e2e.launchApp({ language, now });
    const team = await makeTeam(app.core, {
      name: 'Infrastructure, Network and Cloud Operations for the Northern Region',
      client: 'Hexa Bank Group International',
    });
    const title =
      'Operations maturity roadmap for the audited practices of the private cloud, networks and data centres 2026–2027';
    const plan = await makePlan(app.core, {
      teamId: team.id,
      model: 'itil4',
      title,
      targets: 6,
      maxStepEffortDays: 3,
    });
    const { dimensions } = await app.core.call('model.get', { id: builtinModelId('itil4') });
    const people = ['Hugo Bernard', 'Amina Diallo-Fernandes de Oliveira', 'Tom Evans', 'Sofia Rossi'];
    const statuses = ['idea', 'todo', 'todo', 'doing', 'doing', 'done', 'dropped'] as const;
    for (let i = 0; i < 35; i += 1) {
      await makeStep(app.core, {
        planId: plan.id,
        title:
          i % 4 === 0
            ? `Agree with the bank's architecture board on the standard change catalogue for patching windows, part ${i + 1}`
            : `Step ${i + 1}: tune the monitoring alerts of cluster ${i}`,
        status: statuses[i % statuses.length],
        owner: people[i % people.length],
        dimensionId: dimensions[(i * 5) % dimensions.length]!.id,
        effortDays: i % 6 === 0 ? 8 : (i % 3) + 0.5,
        dueDate: addDays(today, (i % 9) * 7 - 21),
        cost: i % 5 === 0 ? 1250 : null,
      });
    }
    const page = await openPlan(app, title, 'steps');
    await app.assertAccessible();
    await app.screenshot('plan-long');
    await page.scrollToSteps();
    await app.screenshot('plan-long-steps');
    await page.page.setViewportSize({ width: 960, height: 800 });
    await page.scrollToSteps();
    await app.screenshot('plan-long-steps-narrow');
    await page.showList();
    await page.scrollToSteps();
    await app.assertAccessible();
    await app.screenshot('plan-long-list-narrow');
    await page.openTab('targets');
    await app.assertAccessible();
    await app.screenshot('plan-long-targets-narrow');
  });
});

import { describe, expect, it } from 'vitest';
import { setupE2e } from './harness';
import { ModelsPage } from './pages/ModelsPage';
import { say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00Z');

/** What the user types, in the language of the screenshots. */
const words = {
  en: {
    model: 'Cloud operations maturity',
    description: 'How well the cloud run team operates the platforms it looks after.',
    levels: [
      ['Initial', 'Things are done when someone thinks of them.'],
      ['Managed', 'Routines exist and are followed by most of the team.'],
      ['Defined', 'The way of working is written down and the same for everyone.'],
      ['Optimised', 'Results are measured and the team improves on them every month.'],
    ],
    run: 'Run',
    change: 'Change',
    backup: 'Backup and restore',
    patching: 'Patching',
    monitoring: 'Monitoring',
    monitoringRenamed: 'Monitoring and alerting',
    release: 'Release planning',
    copy: 'ITIL 4 for our service desk',
  },
  fr: {
    model: 'Maturité des opérations cloud',
    description:
      'Dans quelle mesure l’équipe d’exploitation cloud maîtrise les plateformes dont elle a la charge.',
    levels: [
      ['Initial', 'Les choses se font quand quelqu’un y pense.'],
      ['Maîtrisé', 'Des routines existent et la plupart de l’équipe les suit.'],
      ['Défini', 'Le mode de fonctionnement est écrit et le même pour tous.'],
      ['Optimisé', 'Les résultats sont mesurés et l’équipe les améliore chaque mois.'],
    ],
    run: 'Exploitation',
    change: 'Changement',
    backup: 'Sauvegarde et restauration',
    patching: 'Correctifs',
    monitoring: 'Supervision',
    monitoringRenamed: 'Supervision et alertes',
    release: 'Planification des mises en production',
    copy: 'ITIL 4 pour notre centre de services',
  },
} as const;

describe.each(['en', 'fr'] as const)('maturity models (%s)', (language) => {
  const say_ = words[language];

  it('browses the built-in models, read-only, and copies one to adapt it', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const models = new ModelsPage(app);
    await models.open();
    await app.assertAccessible();
    await app.screenshot('models');

    const itil = (await app.core.call('model.list', {})).find((model) => model.builtinKey === 'itil4')!;
    const itilName = language === 'fr' ? itil.nameFr : itil.name;
    await models.openModel(itilName);
    expect(await models.button(models.text.models.addLevel).count()).toBe(0);
    await models.page.getByText(models.text.models.builtinNotice).waitFor();
    await app.assertAccessible();
    await app.screenshot('model-builtin');

    await models.button(models.text.models.copyToAdapt).click();
    await models.field(models.text.models.copyNameLabel).fill(say_.copy);
    await app.assertAccessible();
    await app.screenshot('model-copy-dialog');
    await models.confirm(models.text.models.copyConfirm);
    await models.waitForHeading(say_.copy);
    await models.button(models.text.models.addLevel).waitFor();

    const copy = (await app.core.call('model.list', {})).find((model) => model.name === say_.copy)!;
    expect(copy).toMatchObject({ builtinKey: null, dimensionCount: 34, levelCount: 6, planCount: 0 });
  });

  it('refuses a level value already on the scale, in the dialog’s own words, and takes a free one', async () => {
    const app = await e2e.launchApp({ language, now });
    const models = new ModelsPage(app);
    await models.open();
    // A new model starts with the key points model's 0 to 5 scale.
    await models.createModel(say_.model);
    await models.dismissToasts();

    await models.button(models.text.models.addLevel).click();
    await models.field(models.text.fields.value).fill('1');
    await models.field(models.text.fields.label).fill(say_.levels[0]![0]);
    await models.dialog.getByRole('button', { name: models.text.models.addLevel, exact: true }).click();
    await expect
      .poll(() => models.dialog.getByRole('alert').textContent())
      .toBe(models.text.models.levelValueTaken);
    expect(await models.field(models.text.fields.value).getAttribute('aria-invalid')).toBe('true');
    await app.assertAccessible();
    await app.screenshot('model-level-dialog');
    await models.field(models.text.fields.value).fill('6');
    await models.confirm(models.text.models.addLevel);
    const model = (await app.core.call('model.list', {})).find((m) => m.name === say_.model)!;
    const { levels } = await app.core.call('model.get', { id: model.id });
    expect(levels.map((level) => level.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    await models.button(models.text.models.addAxis).first().click();
    await models.field(models.text.fields.name).fill(say_.run);
    await app.assertAccessible();
    await app.screenshot('model-axis-dialog');
  });

  it('creates a custom model: its scale, axes and dimensions, reordered, renamed and retired', async () => {
    const app = await e2e.launchApp({ language, now });
    const models = new ModelsPage(app);
    await models.open();
    await app.assertAccessible();
    await app.screenshot('models-empty');

    await models.button(models.text.models.newModel).first().click();
    await models.field(models.text.fields.name).fill(say_.model);
    await models.field(models.text.fields.description).fill(say_.description);
    // Its own scale rather than the proposed 0 to 5 one.
    await models.dialog.getByRole('checkbox').uncheck();
    await app.assertAccessible();
    await app.screenshot('model-new-dialog');
    await models.confirm(models.text.models.create);
    await models.waitForHeading(say_.model);
    await models.dismissToasts();
    await app.assertAccessible();
    await app.screenshot('model-new-empty');

    for (const [i, [label, description]] of say_.levels.entries()) {
      await models.addLevel(i + 1, label, description);
    }
    await models.addAxis(say_.run);
    await models.addAxis(say_.change);
    for (const name of [say_.backup, say_.patching, say_.monitoring]) {
      await models.addDimension(say_.run, { name });
    }
    await models.addDimension(say_.change, { name: say_.release });
    expect(await models.dimensionsOf(say_.run)).toEqual([say_.backup, say_.patching, say_.monitoring]);

    // Reordered with the buttons, then from the keyboard, then past the end of its axis.
    await models.moveDimension(say_.monitoring, 'up');
    await expect
      .poll(() => models.dimensionsOf(say_.run))
      .toEqual([say_.backup, say_.monitoring, say_.patching]);
    await models.moveDimensionByKeyboard(say_.backup, 'down');
    await expect
      .poll(() => models.dimensionsOf(say_.run))
      .toEqual([say_.monitoring, say_.backup, say_.patching]);
    await models.moveDimension(say_.patching, 'down');
    await expect.poll(() => models.dimensionsOf(say_.change)).toEqual([say_.patching, say_.release]);
    await models.renameDimension(say_.monitoring, say_.monitoringRenamed);

    const model = (await app.core.call('model.list', {})).find((m) => m.name === say_.model)!;
    let detail = await app.core.call('model.get', { id: model.id });
    expect(detail.levels.map((level) => [level.value, level.label])).toEqual(
      say_.levels.map(([label], i) => [i + 1, label]),
    );
    expect(detail.axes.map((axis) => axis.name)).toEqual([say_.run, say_.change]);
    expect(detail.dimensions.map((d) => d.name)).toEqual([
      say_.monitoringRenamed,
      say_.backup,
      say_.patching,
      say_.release,
    ]);

    // A dimension a plan has a target on cannot be deleted: the screen says why, and it is retired instead.
    const team = await app.core.call('team.create', { name: 'Cloud Run' });
    const plan = await app.core.call('plan.create', {
      teamId: team.id,
      modelId: model.id,
      title: 'Cloud plan',
      startDate: '2026-01-05',
      endDate: '2026-12-18',
    });
    const backup = detail.dimensions.find((d) => d.name === say_.backup)!;
    await app.core.call('target.create', {
      planId: plan.id,
      dimensionId: backup.id,
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2026-09-30',
    });
    await models.dismissToasts();
    expect(await models.deleteDimension(say_.backup)).toBe(models.text.models.dimensionInUse);
    await app.assertAccessible();
    await app.screenshot('model-delete-refused');
    await models.dialog.getByRole('button', { name: models.text.common.cancel, exact: true }).click();
    await models.retireDimension(say_.backup);
    expect(await models.deleteDimension(say_.release)).toBeNull();

    await models.dismissToasts();
    await models.button(say(models.text.models.editNamed, { name: say_.patching })).click();
    await app.assertAccessible();
    await app.screenshot('model-dimension-dialog');
    await models.dialog.getByRole('button', { name: models.text.common.cancel, exact: true }).click();

    detail = await app.core.call('model.get', { id: model.id });
    expect(detail.dimensions.map((d) => [d.name, d.retired])).toEqual([
      [say_.monitoringRenamed, false],
      [say_.backup, true],
      [say_.patching, false],
    ]);
    // The whole model in one picture: a window tall enough for it.
    await models.page.setViewportSize({ width: 1280, height: 1500 });
    await models.page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
    await app.assertAccessible();
    await app.screenshot('model-custom');
    await models.page.setViewportSize({ width: 960, height: 800 });
    await app.screenshot('model-custom-narrow');
  });
});

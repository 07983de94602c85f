import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardColumns } from '@shared/calc/board';
import type { Language } from '@shared/domain/settings';
import { openWithLibreOffice, readWorkbook } from '../helpers/libreoffice';
import { formatDay } from '../../src/renderer/format';
import { inkShare, pdfImages, pdfPageCount, pdfText, renderPage } from '../helpers/pdf';
import { screenshotsDir, setupE2e, type StepwiseApp } from './harness';
import { PlanPage } from './pages/PlanPage';
import { PlansPage } from './pages/PlansPage';
import { ReportPage } from './pages/ReportPage';
import { SharingDialogs } from './pages/SharingDialogs';
import { sampleText, say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');
/** The sample plan the journeys share, as the sample names it in a language. */
const planTitleIn = (language: Language) => sampleText(language, 'Service desk progress plan 2026');
/** The dialogs over a plan's page: the page itself is checked by its own journeys. */
const dialogOnly = { include: ['[role="dialog"]'] };
const logo = `data:image/png;base64,${readFileSync('resources/icons/128x128.png').toString('base64')}`;

/** The sample data, with the provider's name and logo on its reports, as a lead would have set them. */
async function launchWithSample(language: Language): Promise<StepwiseApp> {
  const app = await e2e.launchApp({ language, now, sample: true });
  await app.core.call('settings.update', {
    organisationName: 'Contoso Managed Services',
    organisationLogo: logo,
  });
  return app;
}

async function samplePlan(app: StepwiseApp) {
  const planTitle = planTitleIn(app.language);
  const plan = (await app.core.call('plan.list', {})).find((p) => p.title === planTitle);
  if (!plan) throw new Error(`The sample data has no plan “${planTitle}”.`);
  return plan;
}

/** The names of the plan's targets, as the report prints them in its language. */
async function targetNames(app: StepwiseApp, planId: string, language: Language): Promise<string[]> {
  const report = await app.core.call('report.plan', { planId });
  return report.plan.targets.map((target) => {
    const dimension = report.plan.model.dimensions.find((d) => d.id === target.dimensionId);
    return (language === 'fr' && dimension?.nameFr) || dimension?.name || '';
  });
}

/** The file the last export saved, moved aside under a name of its own (every export suggests one). */
function keepLastSaved(app: StepwiseApp, name: string): string {
  const path = join(app.core.files.dir, name);
  renameSync(app.core.files.lastSaved, path);
  return path;
}

describe.each(['en', 'fr'] as const)('sharing a plan (%s)', (language) => {
  const planTitle = planTitleIn(language);
  // Printing and LibreOffice take their time: this journey has three minutes.
  it(
    'a lead exports the plan as a PDF report, a workbook, CSVs and a plan file from the share dialog',
    { timeout: 180_000 },
    async () => {
      const app = await launchWithSample(language);
      const plan = await samplePlan(app);
      const planPage = new PlanPage(app);
      const share = new SharingDialogs(app);
      const text = share.text.sharing;
      await planPage.openFromPlans(planTitle);
      await share.openShare();
      await app.screenshot('share-dialog');
      await app.assertAccessible(dialogOnly);

      // A cancelled save dialog leaves the share dialog as it was, without a word.
      app.core.files.willCancelSave();
      await share.chooseExport('pdf', { language, clientCopy: true });
      await share.dialog.getByRole('button', { name: text.export, exact: true }).click();
      await expect.poll(() => app.bridge.calls.filter((c) => c.channel === 'plan.exportPdf').length).toBe(1);
      await app.settled();
      expect(await share.dialog.getByRole('alert').count()).toBe(0);
      expect(await share.dialog.getByRole('status').count()).toBe(0);
      expect(readdirSync(app.core.files.dir)).toEqual([]);

      // The client's PDF report: printed from the print view by Chromium, real text on every page.
      expect(await share.export()).toBe(say(text.saved, { fileName: `${planTitle}.pdf` }));
      await app.screenshot('share-dialog-saved');
      await app.assertAccessible(dialogOnly);
      const pdf = keepLastSaved(app, 'report.pdf');
      const pages = await pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(3);
      // Every page has something on it; each is kept as an image, to be looked at.
      for (let page = 1; page <= pages; page += 1) {
        expect(await inkShare(pdf, page), `page ${page} is blank`).toBeGreaterThan(0.002);
        await renderPage(pdf, page, join(screenshotsDir, language, `report-page-${page}.png`));
      }
      const words = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(words).toContain(planTitle);
      expect(words).toContain('Northwind Retail');
      expect(words).toContain('Contoso Managed Services');
      for (const name of await targetNames(app, plan.id, language)) expect(words).toContain(name);
      expect(words).toContain(say(share.text.report.pageOf, { page: 1, pages }));
      expect(words).toContain(say(share.text.report.pageOf, { page: pages, pages }));
      expect(words).toContain(share.text.report.clientCopy);
      // The client's copy has no costs, no budget and no internal notes.
      expect(words).not.toContain(share.text.report.budget.title);
      expect(words).not.toContain(share.text.report.reviews.notes);
      // Every section, what changed since the last review, the steps under their status, the decisions
      // of the reviews, and the day the report was written.
      const report = await app.core.call('report.plan', { planId: plan.id, clientCopy: true });
      const sections = share.text.report;
      for (const title of [
        sections.summary.title,
        sections.charts.title,
        sections.charts.trendTitle,
        sections.targets.title,
        sections.steps.title,
        sections.reviews.title,
        sections.satisfaction.title,
      ])
        expect(words).toContain(title);
      // The team's satisfaction: its latest campaign named, beside those before it.
      expect(report.satisfaction.campaigns.length).toBeGreaterThan(1);
      expect(words).toContain(report.satisfaction.latest!.title);
      expect(report.changes.sinceReview).toBe(true);
      expect(words).toContain(
        say(sections.summary.sinceReview, { date: formatDay(report.changes.since, language) }),
      );
      const columns = boardColumns(report.steps);
      for (const status of ['done', 'doing'] as const) {
        const group = { status: sections.stepStatus[status], count: columns[status].length };
        expect(group.count).toBeGreaterThan(0);
        expect(words).toContain(say(sections.steps.group, group));
      }
      const decisions = report.reviews.flatMap((review) => review.decisions);
      expect(decisions.length).toBeGreaterThan(0);
      for (const decision of decisions) expect(words).toContain(decision);
      expect(words).toContain(formatDay(report.today, language));
      // The charts are vectors: the only picture in the file is the provider's logo (with its mask).
      const images = await pdfImages(pdf);
      expect(images.filter((image) => image.type === 'image')).toHaveLength(1);
      expect(images.every((image) => image.width === 128 && image.height === 128)).toBe(true);

      // The workbook and the CSVs, in the language chosen, opened by LibreOffice.
      await share.exportAnother();
      await share.chooseExport('xlsx', { language, clientCopy: false });
      await share.export();
      const xlsx = keepLastSaved(app, 'plan.xlsx');
      await share.exportAnother();
      await share.chooseExport('csv-steps');
      await share.export();
      const stepsCsv = keepLastSaved(app, 'steps.csv');
      await share.exportAnother();
      await share.chooseExport('csv-assessments');
      await share.export();
      const assessmentsCsv = keepLastSaved(app, 'assessments.csv');
      const outDir = join(app.core.dir, 'libreoffice');
      const [[workbook], [steps, assessments]] = await Promise.all([
        openWithLibreOffice([xlsx], { outDir: join(outDir, 'xlsx') }),
        openWithLibreOffice([stepsCsv, assessmentsCsv], {
          outDir: join(outDir, 'csv'),
          infilter: language === 'fr' ? 'CSV:59,34,76,1,,1036' : 'CSV:44,34,76,1,,1033',
        }),
      ]);
      const sheets = Object.values(await readWorkbook(workbook!));
      expect(sheets.length).toBeGreaterThanOrEqual(5);
      expect(JSON.stringify(sheets[0])).toContain(planTitle);
      const stepRows = Object.values(await readWorkbook(steps!))[0]!;
      const detail = await app.core.call('plan.get', { id: plan.id });
      expect(stepRows.length).toBe(detail.steps.length + 1);
      expect(stepRows.slice(1).map((row) => row[0])).toEqual(
        expect.arrayContaining(detail.steps.map((s) => s.title)),
      );
      const assessmentRows = Object.values(await readWorkbook(assessments!))[0]!;
      expect(assessmentRows.length).toBeGreaterThan(1);

      // The plan file, for another Stepwise.
      await share.exportAnother();
      await share.chooseExport('planFile');
      expect(await share.dialog.getByText(text.planFileNote).count()).toBe(1);
      expect(await share.export()).toBe(say(text.saved, { fileName: `${planTitle}.stepwise.json` }));
      const file = JSON.parse(readFileSync(app.core.files.lastSaved, 'utf8')) as {
        format: string;
        plan: { title: string };
      };
      expect(file).toMatchObject({ format: 'stepwise-plan', plan: { title: planTitle } });
      await share.close();
    },
  );

  it('the print view shows the whole report, accessible, with the internal figures in the internal copy', async () => {
    const app = await launchWithSample(language);
    const plan = await samplePlan(app);
    const report = new ReportPage(app);
    const words = report.text.report;
    await report.open(plan.id, false);
    await report.page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    for (const title of [words.summary.title, words.charts.title, words.targets.title, words.steps.title]) {
      await report.section(title).waitFor();
    }
    await report.section(words.budget.title).waitFor();
    expect(await report.page.getByRole('img').count()).toBeGreaterThanOrEqual(3);
    await app.screenshot('report-print-view', { fullPage: true });
    await app.assertAccessible();

    await report.open(plan.id, true);
    await report.section(words.reviews.title).waitFor();
    expect(await report.section(words.budget.title).count()).toBe(0);
    expect(await report.page.getByText(words.clientCopy, { exact: true }).count()).toBe(1);
  });

  it('another Stepwise imports the plan file after its preview; a broken file is refused and changes nothing', async () => {
    const source = await launchWithSample(language);
    const plan = await samplePlan(source);
    await source.core.call('planFile.export', { planId: plan.id });
    const planFile = source.core.files.lastSaved;

    const app = await e2e.launchApp({ language, now });
    const plans = new PlansPage(app);
    const dialogs = new SharingDialogs(app);
    const text = dialogs.text.sharing;
    await plans.open();

    // A file with one bad field: the dialog names the field and the reason, the database stays empty.
    const broken = JSON.parse(readFileSync(planFile, 'utf8')) as { steps: { dueDate: string | null }[] };
    broken.steps[0]!.dueDate = '31/02/2026';
    const brokenPath = join(app.core.files.dir, 'broken.stepwise.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    app.core.files.willOpen(brokenPath);
    await dialogs.importPlanFile();
    const alert = dialogs.dialog.getByRole('alert');
    await alert.getByText(text.refused).waitFor();
    expect(await alert.textContent()).toContain(
      say(text.refusedField, { field: 'steps.0.dueDate', reason: dialogs.text.errors.reason.date }),
    );
    await app.screenshot('import-plan-file-refused');
    await app.assertAccessible();
    expect(await app.core.call('plan.list', {})).toEqual([]);

    // The good file: the preview says what comes in before anything changes.
    app.core.files.willOpen(planFile);
    await dialogs.dialog.getByRole('button', { name: text.chooseAnother, exact: true }).click();
    await dialogs.dialog.getByRole('table', { name: text.whatHappens }).waitFor();
    await dialogs.dialog.getByText(planTitle, { exact: true }).waitFor();
    const preview = await dialogs.importCounts(text.whatHappens);
    expect(preview[text.entities.plan]).toEqual([1, 0, 0]);
    expect(preview[text.entities.step]?.[0]).toBeGreaterThan(0);
    expect(await app.core.call('plan.list', {})).toEqual([]);
    await app.screenshot('import-plan-file-preview');
    await app.assertAccessible();

    await dialogs.confirmImport();
    await app.screenshot('import-plan-file-imported');
    await app.assertAccessible();
    const [imported] = await app.core.call('plan.list', {});
    expect(imported).toMatchObject({ id: plan.id, title: planTitle, teamName: 'Service Desk' });
    expect((await app.core.call('plan.get', { id: plan.id })).steps).toHaveLength(
      (await source.core.call('plan.get', { id: plan.id })).steps.length,
    );
    await dialogs.dialog.getByRole('link', { name: text.openPlan, exact: true }).click();
    await dialogs.waitForHeading(planTitle);
  });

  it('a lead imports a messy CSI register into a plan, fixes the mapping and sees the rows in error', async () => {
    const app = await launchWithSample(language);
    const plan = await samplePlan(app);
    const planPage = new PlanPage(app);
    const dialogs = new SharingDialogs(app);
    const text = dialogs.text.sharing;
    const stepsBefore = (await app.core.call('plan.get', { id: plan.id })).steps.length;
    await planPage.openFromPlans(planTitle);

    // What a team's Excel register looks like once saved as CSV by a French Excel.
    const register = [
      "Registre des actions d'amélioration CSI — 2026;;;;;;;",
      ';;;;;;;',
      'Intitulé;Responsable;Échéance;Statut;Priorité;Processus;Charge (j);Commentaire',
      'Publier le rapport SLA le 5;Claire;15/12/2026;En cours;Haute;SLA compliance;2;',
      '',
      '"Revoir le process; incidents";Hugo;2026-12-01;À faire;Basse;;0,5;"Fait, validé"',
      '=SUM(A1:A3);Amina;01/12/2026;À faire;;;;',
      "Former l'équipe;Lucas;31/02/2026;À faire;;;;",
      'Audit des licences;Sofia;;Bloqué;;;;',
      ';Tom;01/12/2026;À faire;;;;',
      'Nettoyer la CMDB;Tom;;Terminé;;Gestion des licornes;;',
    ].join('\r\n');
    const path = join(app.core.files.dir, 'registre.csv');
    writeFileSync(path, `\uFEFF${register}\r\n`);
    app.core.files.willOpen(path);
    await dialogs.openRegisterImport();

    // The headers were found under the title rows and mapped from their French names.
    expect(await dialogs.columnSelect('Intitulé').inputValue()).toBe('title');
    expect(await dialogs.columnSelect('Échéance').inputValue()).toBe('dueDate');
    expect(await dialogs.columnSelect('Processus').inputValue()).toBe('dimension');
    const problem = (row: number, column: string, reason: keyof typeof text.problemReasons, value?: string) =>
      [
        row,
        value
          ? say(text.problemValue, { column, reason: text.problemReasons[reason], value })
          : say(text.problem, { column, reason: text.problemReasons[reason] }),
      ] as const;
    const rowsBefore = await dialogs.registerRows();
    expect(rowsBefore.filter(([, check]) => check !== text.ready)).toEqual([
      problem(8, 'Échéance', 'bad-date', '31/02/2026'),
      problem(9, 'Statut', 'unknown-status', 'Bloqué'),
      problem(10, 'Intitulé', 'missing-title'),
      problem(11, 'Processus', 'unknown-dimension', 'Gestion des licornes'),
    ]);
    await app.screenshot('register-import');
    await app.assertAccessible(dialogOnly);

    // The process column names no dimension of this model: ignored, the last row becomes valid.
    await dialogs.mapColumn('Processus', null);
    await dialogs.mapColumn('Commentaire', 'description');
    const rowsAfter = await dialogs.registerRows();
    expect(rowsAfter.filter(([, check]) => check !== text.ready).map(([row]) => row)).toEqual([8, 9, 10]);
    await dialogs.dialog
      .getByText(
        say(text.rowCounts, {
          ready: say(text.rowsReady_other, { count: 4 }),
          problems: say(text.rowsWithProblems_other, { count: 3 }),
        }),
      )
      .waitFor();
    await app.screenshot('register-import-fixed');

    const outcome = await dialogs.importSteps(4);
    expect(outcome).toContain(say(text.registerImported_other, { count: 4, title: planTitle }));
    expect(outcome).toContain(say(text.registerSkipped_other, { count: 3 }));
    await app.screenshot('register-imported');
    await app.assertAccessible(dialogOnly);
    const steps = (await app.core.call('plan.get', { id: plan.id })).steps;
    expect(steps).toHaveLength(stepsBefore + 4);
    expect(steps.find((s) => s.title === 'Revoir le process; incidents')).toMatchObject({
      owner: 'Hugo',
      dueDate: '2026-12-01',
      effortDays: 0.5,
      description: expect.stringContaining('Fait, validé'),
    });
    expect(steps.find((s) => s.title === 'Nettoyer la CMDB')).toMatchObject({
      status: 'done',
      dimensionId: null,
    });
    // A formula in a cell comes in as text, never to be evaluated.
    expect(steps.some((s) => s.title.includes('SUM(A1:A3)'))).toBe(true);
    expect(existsSync(path)).toBe(true);
  });
});

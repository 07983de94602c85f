import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupE2e } from './harness';
import { SurveyPage } from './pages/SurveyPage';
import { say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');

/**
 * What each respondent gives the 22 items, expectation then perception: everything falls short by 1,
 * responsiveness (Q10 to Q13) by 3, and Q11 — being told when a request will be done — by 5.
 */
const ratingsOf = (item: number): string => (item === 11 ? '72' : item >= 10 && item <= 13 ? '63' : '65');
const allRatings = Array.from({ length: 22 }, (_, i) => ratingsOf(i + 1)).join('');

/** A survey tool's export: one row per respondent, one column per item and side, in the user's language. */
function exportFile(language: 'en' | 'fr'): string {
  const [separator, who, expectation, perception] =
    language === 'fr'
      ? [';', 'Répondant', 'attente', 'perception']
      : [',', 'Respondent', 'expectation', 'perception'];
  const headers = [who];
  for (let item = 1; item <= 22; item += 1) headers.push(`Q${item} ${expectation}`, `Q${item} ${perception}`);
  const row = (name: string) => [name, ...allRatings.split('')].join(separator);
  return [headers.join(separator), row('Dana (via the online form)'), row('Eli (via the online form)')].join(
    '\r\n',
  );
}

describe.each(['en', 'fr'] as const)('satisfaction surveys (%s)', (language) => {
  it('a lead runs a SERVQUAL campaign, enters and imports responses, and turns the worst gap into a step', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const surveys = new SurveyPage(app);
    const title =
      language === 'fr'
        ? 'Satisfaction centre de services, hiver 2026'
        : 'Service desk satisfaction, winter 2026';

    await surveys.openList();
    await surveys.fillNewServqual({ team: 'Service Desk', client: 'Northwind Retail', title });
    await app.assertAccessible();
    await app.screenshot('survey-new-dialog');
    await surveys.createFilledCampaign();
    await app.assertAccessible();
    await app.screenshot('surveys');

    await surveys.openCampaign(title);
    await surveys.tab('responses', { selected: true }).waitFor();
    await app.assertAccessible();
    await app.screenshot('survey-responses-empty');

    // Three respondents typed in from the keyboard alone; the third skips Q1 and Q2.
    await surveys.addRespondent();
    await surveys.typeKeys(`${allRatings}{Enter}`);
    await surveys.typeKeys(`${allRatings}{Enter}`);
    await surveys.typeKeys(`{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}${allRatings.slice(4)}`);
    expect(await surveys.cell(3, 1, 'expectation').inputValue()).toBe('');
    expect(await surveys.cell(3, 3, 'expectation').inputValue()).toBe('6');
    // Leaving the grid saves the row being typed.
    await surveys.heading.click();
    const [survey] = (await app.core.call('survey.list', {})).filter((s) => s.title === title);
    await expect
      .poll(async () => (await app.core.call('survey.get', { id: survey!.id })).responses.length)
      .toBe(3);
    await app.assertAccessible();
    await app.screenshot('survey-responses');

    // Two more from the survey tool's export.
    const file = join(app.core.files.dir, language === 'fr' ? 'export-enquete.csv' : 'survey-export.csv');
    writeFileSync(file, `\uFEFF${exportFile(language)}`);
    app.core.files.willOpen(file);
    await surveys.importResponses();
    await app.assertAccessible();
    await app.screenshot('survey-import');
    await surveys.confirmImport(2);

    const { responses, items } = await app.core.call('survey.get', { id: survey!.id });
    expect(responses.map((r) => r.answers.length)).toEqual([22, 22, 20, 22, 22]);
    expect(responses[3]).toMatchObject({ respondent: 'Dana (via the online form)' });
    const q11 = items[10]!.id;
    expect(
      responses.every((r) =>
        r.answers.some((a) => a.itemId === q11 && a.expectation === 7 && a.perception === 2),
      ),
    ).toBe(true);

    await surveys.show('results');
    await app.assertAccessible();
    await app.screenshot('survey-results');
    const worst = app.page.getByRole('region', { name: surveys.text.survey.results.worstItems });
    await surveys.scrollTo(worst);
    await app.screenshot('survey-results-gaps');
    const trend = say(surveys.text.survey.charts.trend, { team: 'Service Desk' });
    await surveys.scrollTo(app.page.getByRole('heading', { name: trend }));
    await app.screenshot('survey-results-trend');
    // The narrowest window the app allows.
    await app.page.setViewportSize({ width: 960, height: 800 });
    await surveys.scrollTo(surveys.heading);
    await app.screenshot('survey-results-narrow');
    await app.page.setViewportSize({ width: 1280, height: 800 });

    await surveys.show('questionnaire');
    await app.assertAccessible();
    await app.screenshot('survey-questionnaire');

    await surveys.show('results');
    const dialog = await surveys.createStepFromWorstItem();
    await app.assertAccessible();
    await app.screenshot('survey-gap-step');
    await dialog.getByRole('button', { name: surveys.text.survey.step.create }).click();
    await dialog.waitFor({ state: 'detached' });

    // The step is in the team's active plan, on its survey programme target, with the gap it closes.
    const plan = (await app.core.call('plan.list', { statuses: ['active'] })).find(
      (p) => p.teamName === 'Service Desk',
    )!;
    const { dimensions } = await app.core.call('model.get', { id: plan.modelId });
    const programme = dimensions.find((d) => d.key === 'survey-programme')!;
    const target = (await app.core.call('target.list', { planId: plan.id })).find(
      (t) => t.dimensionId === programme.id,
    )!;
    const steps = await app.core.call('step.list', { planId: plan.id });
    const step = steps.find((s) => s.title.startsWith(language === 'fr' ? 'Agir sur Q11' : 'Act on Q11'));
    expect(step).toMatchObject({ targetId: target.id, dimensionId: programme.id, status: 'todo' });
    expect(step!.description).toContain(title);
    expect(step!.description).toContain(language === 'fr' ? '−5,00' : '−5.00');

    // The team's dashboard shows the new campaign's gap next to its maturity.
    await app.goto(`#/team/${plan.teamId}`);
    const tile = app.page.getByRole('region', { name: surveys.text.satisfactionTile.title, exact: true });
    await tile.getByText(language === 'fr' ? '−1,50' : '−1.50').waitFor({ timeout: 20_000 });
    await surveys.scrollTo(tile);
    await app.assertAccessible();
    await app.screenshot('team-satisfaction');
  }, 180_000);

  it('a lead edits a campaign: a scale that leaves answers out is refused in its own words, then details and an item are saved', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const surveys = new SurveyPage(app);
    const team = (await app.core.call('team.list', {})).find((t) => t.name === 'Service Desk')!;
    const campaigns = await Promise.all(
      (await app.core.call('survey.list', { teamId: team.id })).map((s) =>
        app.core.call('survey.get', { id: s.id }),
      ),
    );
    const survey = campaigns.find((c) =>
      c.responses.some((r) => r.answers.some((a) => (a.expectation ?? 0) > 5)),
    )!;
    const { text } = surveys;

    // Another team's campaign has the same title: opened by its address.
    await app.goto(`#/survey/${survey.id}`);
    await surveys.heading.getByText(survey.title, { exact: true }).waitFor({ timeout: 20_000 });
    await surveys.button(text.survey.editDetails).click();
    await surveys.dialog.getByLabel(text.survey.scaleMax, { exact: true }).selectOption('5');
    await surveys.dialog.getByRole('button', { name: text.common.save, exact: true }).click();
    await surveys.dialog.getByRole('alert').getByText(text.survey.errors.scaleHasAnswers).waitFor();
    await app.assertAccessible();
    await app.screenshot('survey-details-refused');
    expect(await app.core.call('survey.get', { id: survey.id })).toEqual(survey);

    const renamed = `${survey.title} (${language === 'fr' ? 'prolongée' : 'extended'})`;
    await surveys.dialog
      .getByLabel(text.survey.scaleMax, { exact: true })
      .selectOption(String(survey.scaleMax));
    await surveys.dialog.getByLabel(text.fields.title, { exact: true }).fill(renamed);
    await surveys.dialog.getByRole('button', { name: text.common.save, exact: true }).click();
    await surveys.dialog.waitFor({ state: 'detached' });
    await surveys.heading.getByText(renamed, { exact: true }).waitFor();
    expect(await app.core.call('survey.get', { id: survey.id })).toMatchObject({
      title: renamed,
      scaleMax: survey.scaleMax,
    });

    await surveys.show('questionnaire');
    const dimension = survey.dimensions[0]!;
    const dimensionName = language === 'fr' && dimension.nameFr ? dimension.nameFr : dimension.name;
    await surveys.button(say(text.survey.addItemTo, { name: dimensionName })).click();
    const wording =
      language === 'fr'
        ? 'Les rapports de service arrivent à la date promise.'
        : 'Service reports arrive on the promised day.';
    await surveys.dialog.getByLabel(text.survey.itemText, { exact: true }).fill(wording);
    await app.assertAccessible();
    await app.screenshot('survey-item-dialog');
    await surveys.dialog.getByRole('button', { name: text.common.save, exact: true }).click();
    await surveys.dialog.waitFor({ state: 'detached' });
    const items = (await app.core.call('survey.get', { id: survey.id })).items;
    expect(items).toHaveLength(survey.items.length + 1);
    expect(
      items.find((i) => (language === 'fr' ? i.textFr || i.text : i.text) === wording)?.dimensionId,
    ).toBe(dimension.id);
  });
});

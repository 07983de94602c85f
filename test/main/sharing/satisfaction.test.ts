import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan } from '../../helpers/factories';
import { readWorkbook } from '../../helpers/libreoffice';

const cores: TestCore[] = [];
const newCore = () => {
  const core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00Z') });
  cores.push(core);
  return core;
};
afterEach(() => Promise.all(cores.splice(0).map((c) => c.dispose())));

/** A plan whose team ran one campaign: Ann and Ben answered the first two tangibles items, Ben skipped one. */
async function planWithCampaign(core: TestCore) {
  const plan = await makePlan(core);
  const survey = await core.call('survey.createFromTemplate', {
    teamId: plan.teamId,
    title: 'Spring 2026',
    periodStart: '2026-02-01',
    periodEnd: '2026-02-28',
  });
  const [t1, t2] = survey.items;
  await core.call('survey.setWeights', {
    surveyId: survey.id,
    weights: survey.dimensions.map((d, i) => ({ dimensionId: d.id, weight: [40, 15, 15, 15, 15][i]! })),
  });
  await core.call('surveyResponse.create', {
    surveyId: survey.id,
    respondent: 'Ann',
    answers: [
      { itemId: t1!.id, expectation: 7, perception: 4 },
      { itemId: t2!.id, expectation: 6, perception: 6 },
    ],
  });
  await core.call('surveyResponse.create', {
    surveyId: survey.id,
    respondent: 'Ben',
    answers: [
      { itemId: t1!.id, expectation: 6, perception: 5 },
      { itemId: t2!.id, expectation: 5, perception: null },
    ],
  });
  return { plan, survey };
}

describe('the Satisfaction sheet of the plan’s workbook', () => {
  it('gives each campaign of the team a row per dimension and per item, then the overall gaps', async () => {
    const core = newCore();
    const { plan } = await planWithCampaign(core);
    await core.call('plan.exportSpreadsheet', { planId: plan.id, format: 'xlsx', language: 'en' });
    const path = join(core.files.dir, 'en.xlsx');
    renameSync(core.files.lastSaved, path);
    const sheet = (await readWorkbook(path)).Satisfaction!;

    expect(sheet[0]).toEqual([
      'Campaign',
      'End of the period',
      'Dimension',
      'Item',
      'Weight (points)',
      'Expectation',
      'Perception',
      'Gap',
      'Respondents',
    ]);
    const [, tangibles, t1, t2] = sheet;
    // Item 1: Ann 7→4, Ben 6→5: expectation 6.5, perception 4.5, gap −2. Item 2: Ann only, 6→6.
    // Tangibles: means of its items: expectation (6.5 + 6)/2, perception (4.5 + 6)/2, gap (−2 + 0)/2.
    expect(tangibles).toEqual([
      'Spring 2026',
      new Date('2026-02-28T00:00:00Z'),
      'Tangibles',
      undefined,
      40,
      6.25,
      5.25,
      -1,
      2,
    ]);
    expect(t1!.slice(2)).toEqual([
      'Tangibles',
      'The self-service portal and ticketing tools are modern and easy to use.',
      undefined,
      6.5,
      4.5,
      -2,
      2,
    ]);
    expect(t2!.slice(5)).toEqual([6, 6, 0, 1]);
    // Only tangibles has answers: overall −1, weighted −1 (its 40 points alone).
    const blank = [undefined, undefined, undefined, undefined];
    expect(sheet.at(-2)!.slice(2)).toEqual(['Overall', ...blank, -1, 2]);
    expect(sheet.at(-1)!.slice(2)).toEqual(['Overall, weighted', ...blank, -1, 2]);
    // 5 dimension rows, 22 item rows, 2 overall rows under the header.
    expect(sheet).toHaveLength(1 + 5 + 22 + 2);
  });

  it('speaks French in a French export', async () => {
    const core = newCore();
    const { plan } = await planWithCampaign(core);
    await core.call('plan.exportSpreadsheet', { planId: plan.id, format: 'xlsx', language: 'fr' });
    const sheet = (await readWorkbook(core.files.lastSaved)).Satisfaction!;
    expect(sheet[0]!.slice(0, 4)).toEqual(['Campagne', 'Fin de la période', 'Dimension', 'Question']);
    expect(sheet[2]![3]).toBe(
      'Le portail libre-service et les outils de suivi des tickets sont modernes et simples à utiliser.',
    );
    expect(sheet.at(-1)![2]).toBe('Global pondéré');
  });
});

describe('the plan file', () => {
  it('carries the team’s campaigns, so that another Stepwise shows the same gaps', async () => {
    const a = newCore();
    const { plan, survey } = await planWithCampaign(a);
    await a.call('planFile.export', { planId: plan.id });

    const b = newCore();
    b.files.willOpen(a.files.lastSaved);
    const preview = await b.call('planFile.previewImport', {});
    if (preview.cancelled) throw new Error('The preview was cancelled.');
    await b.call('planFile.applyImport', { token: preview.token });

    // Responses stamped in the same instant may come in another order: compare them by id.
    const page = async (core: TestCore) => {
      const { survey: detail, campaigns } = await core.call('survey.page', { id: survey.id });
      return { ...detail, responses: detail.responses.sort((x, y) => x.id.localeCompare(y.id)), campaigns };
    };
    const there = await page(a);
    const here = await page(b);
    expect(here).toEqual(there);
    expect(here.campaigns[0]).toMatchObject({ weighted: -1, respondents: 2 });
  });
});

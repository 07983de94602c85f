import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignGaps, gapTrend } from '@shared/calc/satisfaction';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makePlan, makeTarget, makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-03-10T09:00:00Z') });
});
afterEach(() => core.dispose());

async function makeCampaign(teamId: string, title: string, periodEnd: string) {
  return core.call('survey.createFromTemplate', {
    teamId,
    title,
    periodStart: '2025-01-01',
    periodEnd,
  });
}

/** Rates every item of a survey `expectation → perception` for one respondent. */
async function answerAll(surveyId: string, respondent: string, expectation: number, perception: number) {
  const { items } = await core.call('survey.get', { id: surveyId });
  return core.call('surveyResponse.create', {
    surveyId,
    respondent,
    answers: items.map((item) => ({ itemId: item.id, expectation, perception })),
  });
}

describe('the campaign screen’s channel', () => {
  it('gives the survey whole, its team and the gaps of every campaign of the team, oldest first', async () => {
    const team = await makeTeam(core, { name: 'Service Desk', client: 'Northwind Retail' });
    const spring = await makeCampaign(team.id, 'Spring', '2025-05-31');
    const autumn = await makeCampaign(team.id, 'Autumn', '2025-11-30');
    await answerAll(spring.id, 'Ann', 7, 5); // every item −2
    await answerAll(autumn.id, 'Ben', 6, 5); // every item −1
    await makeCampaign((await makeTeam(core, { name: 'Other team' })).id, 'Elsewhere', '2025-12-31');

    const page = await core.call('survey.page', { id: autumn.id });
    expect(page.survey).toMatchObject({ id: autumn.id, title: 'Autumn' });
    expect(page.survey.items).toHaveLength(22);
    expect(page.survey.responses.map((r) => r.respondent)).toEqual(['Ben']);
    expect(page.team).toMatchObject({ name: 'Service Desk', client: 'Northwind Retail' });
    expect(page.campaigns.map((c) => [c.title, c.headline, c.respondents])).toEqual([
      ['Spring', -2, 1],
      ['Autumn', -1, 1],
    ]);
    expect(page.campaigns[1]!.dimensions.map((d) => d.key)).toEqual([
      'tangibles',
      'reliability',
      'responsiveness',
      'assurance',
      'empathy',
    ]);
  });
});

describe('the gaps of a team’s campaigns', () => {
  it('are those of each campaign read whole: skipped sides, answers in any order, weights, no answers', async () => {
    const team = await makeTeam(core);
    const spring = await makeCampaign(team.id, 'Spring', '2025-05-31');
    const autumn = await makeCampaign(team.id, 'Autumn', '2025-11-30');
    await makeCampaign(team.id, 'Next spring, not answered yet', '2026-05-31');
    for (const [s, survey] of [spring, autumn].entries()) {
      for (let r = 0; r < 4; r += 1) {
        const answers = survey.items.map((item, i) => ({
          itemId: item.id,
          expectation: (i + r + s) % 5 === 0 ? null : 1 + ((i * 3 + r) % 7),
          perception: 1 + ((i * 5 + r * 2 + s) % 7),
        }));
        // One respondent answers from the last item up, another skips every other item.
        if (r === 1) answers.reverse();
        await core.call('surveyResponse.create', {
          surveyId: survey.id,
          respondent: `R${r}`,
          answers: r === 2 ? answers.filter((_, i) => i % 2 === 0) : answers,
        });
      }
    }
    await core.call('survey.setWeights', {
      surveyId: spring.id,
      weights: spring.dimensions.map((d, i) => ({ dimensionId: d.id, weight: [30, 10, 20, 25, 15][i]! })),
    });
    const surveys = await core.call('survey.list', { teamId: team.id });
    const whole = await Promise.all(surveys.map(({ id }) => core.call('survey.get', { id })));
    const expected = gapTrend(whole.map(campaignGaps));

    expect((await core.call('survey.page', { id: spring.id })).campaigns).toEqual(expected.campaigns);
    expect((await core.call('dashboard.team', { teamId: team.id })).satisfaction).toEqual({
      teamId: team.id,
      ...expected,
    });
    expect(expected.campaigns.map((c) => c.respondents)).toEqual([4, 4, 0]);
  });
});

describe('importance weights', () => {
  it('are set for every dimension at once, sharing 100 points, and cleared together', async () => {
    const survey = await makeCampaign((await makeTeam(core)).id, 'Spring', '2025-05-31');
    const points = [10, 30, 25, 20, 15];
    const weights = survey.dimensions.map((d, i) => ({ dimensionId: d.id, weight: points[i]! }));
    const saved = await core.call('survey.setWeights', { surveyId: survey.id, weights });
    expect(saved.map((d) => d.weight)).toEqual(points);

    // One save is one action: undo takes every weight back.
    expect((await core.call('history.undoState', {})).undo).toMatchObject({ changeCount: 5 });

    const cleared = await core.call('survey.setWeights', { surveyId: survey.id, weights: null });
    expect(cleared.every((d) => d.weight === null)).toBe(true);
  });

  it('refuse a total other than 100, and a dimension left out', async () => {
    const survey = await makeCampaign((await makeTeam(core)).id, 'Spring', '2025-05-31');
    const ninety = survey.dimensions.map((d) => ({ dimensionId: d.id, weight: 18 }));
    expect(await core.invoke('survey.setWeights', { surveyId: survey.id, weights: ninety })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'weights', message: 'weights: must add up to 100 points' },
    });
    const fourOnly = survey.dimensions.slice(0, 4).map((d) => ({ dimensionId: d.id, weight: 25 }));
    expect(await core.invoke('survey.setWeights', { surveyId: survey.id, weights: fourOnly })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'weights' },
    });
    expect(
      (await core.call('survey.get', { id: survey.id })).dimensions.every((d) => d.weight === null),
    ).toBe(true);
  });
});

describe('custom dimensions and items', () => {
  it('get a key of their own when none is given', async () => {
    const survey = await makeCampaign((await makeTeam(core)).id, 'Spring', '2025-05-31');
    const security = await core.call('surveyDimension.create', {
      surveyId: survey.id,
      name: 'Sécurité des accès',
    });
    expect(security.key).toBe('securite-des-acces');
    const again = await core.call('surveyDimension.create', {
      surveyId: survey.id,
      name: 'Sécurité des accès',
    });
    expect(again.key).toBe('securite-des-acces-2');
    const tangibles = survey.dimensions[0]!;
    const item = await core.call('surveyItem.create', {
      surveyId: survey.id,
      dimensionId: tangibles.id,
      text: 'The meeting rooms have working video conferencing.',
    });
    // The template holds tangibles-1 to tangibles-4.
    expect(item.key).toBe('tangibles-5');
    expect(item.position).toBe(5);
  });
});

describe('the scale of a survey', () => {
  it('cannot shrink below the answers already given', async () => {
    const survey = await makeCampaign((await makeTeam(core)).id, 'Spring', '2025-05-31');
    await answerAll(survey.id, 'Ann', 7, 6);
    expect(await core.invoke('survey.update', { id: survey.id, patch: { scaleMax: 5 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'patch.scaleMax' },
    });
    expect(await core.call('survey.update', { id: survey.id, patch: { scaleMax: 10 } })).toMatchObject({
      scaleMax: 10,
    });
  });
});

describe('satisfaction next to maturity', () => {
  it('gives a team its latest gap, weighted when weights are set, and the change since the campaign before', async () => {
    const team = await makeTeam(core);
    const spring = await makeCampaign(team.id, 'Spring', '2025-05-31');
    const autumn = await makeCampaign(team.id, 'Autumn', '2025-11-30');
    await makeCampaign(team.id, 'Next spring, not answered yet', '2026-05-31');
    await answerAll(spring.id, 'Ann', 7, 4); // −3
    const { items } = await core.call('survey.get', { id: autumn.id });
    // Tangibles (the first 4 items) −2, every other item −1.
    await core.call('surveyResponse.create', {
      surveyId: autumn.id,
      respondent: 'Ben',
      answers: items.map((item, i) => ({ itemId: item.id, expectation: 6, perception: i < 4 ? 4 : 5 })),
    });
    await core.call('survey.setWeights', {
      surveyId: autumn.id,
      weights: autumn.dimensions.map((d, i) => ({ dimensionId: d.id, weight: [40, 15, 15, 15, 15][i]! })),
    });

    const { satisfaction: indicators } = await core.call('dashboard.team', { teamId: team.id });
    // Autumn: unweighted (−2 −1 −1 −1 −1)/5 = −1.2; weighted (40 × −2 + 60 × −1)/100 = −1.4.
    expect(indicators.latest).toMatchObject({ title: 'Autumn', weighted: -1.4, respondents: 1 });
    expect(indicators.latest!.overall).toBeCloseTo(-1.2, 10);
    expect(indicators.latest!.headline).toBe(-1.4);
    expect(indicators.previous).toMatchObject({ title: 'Spring', headline: -3 });
    // −1.4 − (−3) = +1.6: better.
    expect(indicators.change).toBeCloseTo(1.6, 10);
    expect(indicators.campaigns).toHaveLength(3);

    const empty = await core.call('dashboard.team', {
      teamId: (await makeTeam(core, { name: 'New' })).id,
    });
    expect(empty.satisfaction).toMatchObject({ campaigns: [], latest: null, previous: null, change: null });
  });
});

describe('where a step that closes a gap goes', () => {
  it('lists the team’s open plans, active first, with the satisfaction target suggested', async () => {
    const plan = await makePlan(core, { title: 'Service desk plan 2026' });
    const { dimensions, axes } = await core.call('model.get', { id: builtinModelId('msp') });
    const satisfactionAxis = axes.find((a) => a.key === 'user-satisfaction')!;
    const byKey = (key: string) => dimensions.find((d) => d.key === key)!;
    await makeTarget(core, { planId: plan.id, dimensionId: byKey('sla-compliance').id });
    await makeTarget(core, { planId: plan.id, dimensionId: byKey('complaint-handling').id });
    const programme = await makeTarget(core, { planId: plan.id, dimensionId: byKey('survey-programme').id });
    await core.call('plan.create', {
      teamId: plan.teamId,
      modelId: builtinModelId('msp'),
      title: 'Next year, a draft',
      startDate: '2027-01-04',
      endDate: '2027-12-17',
    });
    await core.call('plan.create', {
      teamId: plan.teamId,
      modelId: builtinModelId('msp'),
      title: 'Old plan',
      startDate: '2024-01-04',
      endDate: '2024-12-17',
      status: 'completed',
    });
    const survey = await makeCampaign(plan.teamId, 'Spring', '2026-02-28');

    const options = await core.call('survey.stepOptions', { surveyId: survey.id });
    expect(options.plans.map((p) => [p.title, p.status])).toEqual([
      ['Service desk plan 2026', 'active'],
      ['Next year, a draft', 'draft'],
    ]);
    const [active, draft] = options.plans;
    expect(active!.targets).toHaveLength(3);
    expect(active!.suggestedTargetId).toBe(programme.id);
    expect(draft!.suggestedTargetId).toBeNull();
    const marked = active!.dimensions.filter((d) => d.satisfaction).map((d) => d.id);
    expect(marked).toEqual(dimensions.filter((d) => d.axisId === satisfactionAxis.id).map((d) => d.id));
  });
});

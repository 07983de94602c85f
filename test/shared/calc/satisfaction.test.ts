import { describe, expect, it } from 'vitest';
import {
  campaignGaps,
  dimensionChartRows,
  gapTrend,
  satisfactionIndicators,
  standardDeviation,
  trendChartData,
  type CampaignGaps,
  type SurveyData,
} from '@shared/calc/satisfaction';
import type { Answer } from '@shared/domain/surveys';

const answer = (itemId: string, expectation: number | null, perception: number | null): Answer => ({
  itemId,
  expectation,
  perception,
});

/**
 * Two dimensions: reliability (40 points) with items r1 and r2, responsiveness (60 points) with item s1.
 *   Ann:  r1 7→5 (−2)   r2 6→6 (0)    s1 5→6 (+1)
 *   Ben:  r1 6→3 (−3)   r2 7→4 (−3)   s1 6→–  (perception skipped)
 *   Cleo: r1 5→5 (0)    r2 skipped    s1 4→6 (+2)
 */
const ann = { answers: [answer('r1', 7, 5), answer('r2', 6, 6), answer('s1', 5, 6)] };
const ben = { answers: [answer('r1', 6, 3), answer('r2', 7, 4), answer('s1', 6, null)] };
const cleo = { answers: [answer('r1', 5, 5), answer('s1', 4, 6)] };
const survey = (responses: SurveyData['responses'], weights: [number | null, number | null] = [40, 60]) => ({
  dimensions: [
    { id: 'reliability', weight: weights[0] },
    { id: 'responsiveness', weight: weights[1] },
  ],
  items: [
    { id: 'r1', dimensionId: 'reliability' },
    { id: 'r2', dimensionId: 'reliability' },
    { id: 's1', dimensionId: 'responsiveness' },
  ],
  responses,
});

describe('satisfactionIndicators', () => {
  const indicators = satisfactionIndicators(survey([ann, ben, cleo]));

  it('gives each item its gap over the respondents who answered both sides', () => {
    const [r1, r2, s1] = indicators.items;
    // r1: all three. Expectation (7+6+5)/3 = 6, perception (5+3+5)/3 = 13/3, gap (−2−3+0)/3 = −5/3.
    expect(r1).toMatchObject({ itemId: 'r1', respondents: 3, expectation: 6 });
    expect(r1!.perception).toBeCloseTo(13 / 3, 10);
    expect(r1!.gap).toBeCloseTo(-5 / 3, 10);
    // r2: Cleo skipped it. Expectation (6+7)/2 = 6.5, perception (6+4)/2 = 5, gap −1.5.
    expect(r2).toEqual({
      itemId: 'r2',
      dimensionId: 'reliability',
      expectation: 6.5,
      perception: 5,
      gap: -1.5,
      respondents: 2,
    });
    // s1: Ben gave no perception, so his expectation is left out too: (5+4)/2 = 4.5, (6+6)/2 = 6, +1.5.
    expect(s1).toMatchObject({ expectation: 4.5, perception: 6, gap: 1.5, respondents: 2 });
  });

  it('gives each dimension the mean of its items', () => {
    const [reliability, responsiveness] = indicators.dimensions;
    // Gap (−5/3 − 1.5)/2 = −19/12; expectation (6 + 6.5)/2 = 6.25; perception (13/3 + 5)/2 = 14/3.
    expect(reliability!.gap).toBeCloseTo(-19 / 12, 10);
    expect(reliability!.expectation).toBe(6.25);
    expect(reliability!.perception).toBeCloseTo(14 / 3, 10);
    expect(reliability).toMatchObject({ respondents: 3, weight: 40 });
    expect(responsiveness).toMatchObject({ gap: 1.5, expectation: 4.5, perception: 6, respondents: 2 });
  });

  it('sums up overall, unweighted and weighted by importance points', () => {
    // Unweighted: (−19/12 + 18/12)/2 = −1/24. Weighted: (40 × −19/12 + 60 × 1.5)/100 = (−190/3 + 90)/100 = 4/15.
    expect(indicators.overall).toBeCloseTo(-1 / 24, 10);
    expect(indicators.weighted).toBeCloseTo(4 / 15, 10);
    expect(indicators.respondents).toBe(3);
  });

  it('measures the spread as the standard deviation of the respondents’ own overall gaps', () => {
    // Ann: mean(−1, +1) = 0. Ben: reliability only, −3. Cleo: mean(0, +2) = 1.
    // Mean −2/3; squared deviations 4/9 + 49/9 + 25/9 = 78/9; over n − 1 = 2: 13/3.
    expect(indicators.spread).toBeCloseTo(Math.sqrt(13 / 3), 10);
  });

  it('lists the items with a negative gap, worst first', () => {
    expect(indicators.worstItems.map((item) => item.itemId)).toEqual(['r1', 'r2']);
    expect(satisfactionIndicators(survey([ann, ben, cleo]), 1).worstItems.map((i) => i.itemId)).toEqual([
      'r1',
    ]);
  });

  it('works with a single respondent, who has no spread', () => {
    const single = satisfactionIndicators(survey([ann]));
    // Reliability mean(−2, 0) = −1, responsiveness +1: overall 0, weighted (40 × −1 + 60 × 1)/100 = 0.2.
    expect(single.dimensions.map((d) => d.gap)).toEqual([-1, 1]);
    expect(single.overall).toBe(0);
    expect(single.weighted).toBeCloseTo(0.2, 10);
    expect(single.respondents).toBe(1);
    expect(single.spread).toBeNull();
    expect(single.worstItems.map((i) => i.itemId)).toEqual(['r1']);
  });

  it('leaves the weighted gap out without weights, and a dimension without weight out of it', () => {
    expect(satisfactionIndicators(survey([ann, ben, cleo], [null, null])).weighted).toBeNull();
    // Only reliability has points: the weighted gap is its gap.
    expect(satisfactionIndicators(survey([ann, ben, cleo], [40, null])).weighted).toBeCloseTo(-19 / 12, 10);
  });

  it('counts no one and sums up nothing before anyone answered both sides', () => {
    const halfDone = satisfactionIndicators(survey([{ answers: [answer('r1', 6, null)] }]));
    expect(halfDone.respondents).toBe(0);
    expect(halfDone.items[0]).toMatchObject({ gap: null, expectation: null, respondents: 0 });
    expect(halfDone.dimensions[0]).toMatchObject({ gap: null, respondents: 0 });
    expect(halfDone.overall).toBeNull();
    expect(halfDone.weighted).toBeNull();
    expect(halfDone.spread).toBeNull();
    expect(halfDone.worstItems).toEqual([]);
  });

  it('counts the last of two answers a respondent gave to the same item, and ignores unknown items', () => {
    const changedMind = { answers: [answer('r1', 7, 1), answer('x9', 1, 7), answer('r1', 5, 5)] };
    const indicators = satisfactionIndicators(survey([changedMind, cleo]));
    expect(indicators.items[0]).toMatchObject({ expectation: 5, perception: 5, gap: 0, respondents: 2 });
    expect(indicators.dimensions[0]).toMatchObject({ gap: 0, respondents: 2 });
    expect(indicators.respondents).toBe(2);
  });
});

describe('standardDeviation', () => {
  it('is the sample standard deviation', () => {
    // Mean 5; squared deviations 9 + 1 + 1 + 9 = 20; over 3: 20/3.
    expect(standardDeviation([2, 4, 6, 8])).toBeCloseTo(Math.sqrt(20 / 3), 10);
    expect(standardDeviation([3])).toBeNull();
    expect(standardDeviation([])).toBeNull();
  });
});

describe('the trend across campaigns', () => {
  const campaign = (
    surveyId: string,
    periodEnd: string,
    headline: number | null,
    gaps: [number | null, number | null],
  ): CampaignGaps => ({
    surveyId,
    title: `Campaign ${surveyId}`,
    periodEnd,
    overall: headline,
    weighted: headline,
    headline,
    respondents: headline === null ? 0 : 9,
    dimensions: [
      { key: 'reliability', name: 'Reliability', nameFr: 'Fiabilité', gap: gaps[0] },
      { key: 'empathy', name: 'Empathy', nameFr: 'Empathie', gap: gaps[1] },
    ],
  });
  const autumn = campaign('b', '2025-11-30', -0.5, [-0.75, -0.25]);
  const spring = campaign('a', '2025-05-31', -1.25, [-1.5, -1]);
  const draft = campaign('c', '2026-02-28', null, [null, null]);

  it('orders campaigns by period and compares the latest answered one with the one before', () => {
    const trend = gapTrend([autumn, draft, spring]);
    expect(trend.campaigns.map((c) => c.surveyId)).toEqual(['a', 'b', 'c']);
    expect(trend.latest?.surveyId).toBe('b');
    expect(trend.previous?.surveyId).toBe('a');
    // −0.5 − (−1.25) = +0.75: better.
    expect(trend.change).toBe(0.75);
  });

  it('has no change with a single answered campaign, and nothing without any', () => {
    expect(gapTrend([spring, draft])).toMatchObject({ previous: null, change: null });
    expect(gapTrend([spring]).latest?.surveyId).toBe('a');
    expect(gapTrend([])).toEqual({ campaigns: [], latest: null, previous: null, change: null });
  });

  it('shapes the trend chart: a row per campaign, a series per dimension key', () => {
    const { rows, series } = trendChartData([spring, autumn], (c) => c.periodEnd.slice(0, 7));
    expect(rows).toEqual([
      {
        surveyId: 'a',
        label: '2025-05',
        headline: -1.25,
        'dimension:reliability': -1.5,
        'dimension:empathy': -1,
      },
      {
        surveyId: 'b',
        label: '2025-11',
        headline: -0.5,
        'dimension:reliability': -0.75,
        'dimension:empathy': -0.25,
      },
    ]);
    expect(series).toEqual([
      { key: 'reliability', dataKey: 'dimension:reliability', name: 'Reliability', nameFr: 'Fiabilité' },
      { key: 'empathy', dataKey: 'dimension:empathy', name: 'Empathy', nameFr: 'Empathie' },
    ]);
  });

  it('sums up one campaign from its survey', () => {
    const gaps = campaignGaps({
      ...survey([ann]),
      id: 's',
      title: 'Spring',
      periodEnd: '2026-04-30',
      dimensions: [
        { id: 'reliability', key: 'reliability', name: 'Reliability', nameFr: '', weight: 40 },
        { id: 'responsiveness', key: 'responsiveness', name: 'Responsiveness', nameFr: '', weight: 60 },
      ],
    });
    expect(gaps).toMatchObject({ surveyId: 's', overall: 0, respondents: 1 });
    expect(gaps.headline).toBeCloseTo(0.2, 10);
    expect(gaps.dimensions.map((d) => [d.key, d.gap])).toEqual([
      ['reliability', -1],
      ['responsiveness', 1],
    ]);
  });
});

describe('dimensionChartRows', () => {
  it('gives the dimensions that have answers, named', () => {
    const indicators = satisfactionIndicators(survey([{ answers: [answer('r1', 6, 4)] }]));
    expect(dimensionChartRows(indicators, (id) => id.toUpperCase())).toEqual([
      { dimensionId: 'reliability', name: 'RELIABILITY', expectation: 6, perception: 4, gap: -2 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  atRiskRows,
  averageGap,
  compactTrend,
  compactWatchList,
  gapShade,
  gapToTarget,
  levelShade,
  sortPortfolioRows,
  targetsByDimension,
  trendPoints,
} from '@shared/calc/portfolio';

describe('targetsByDimension', () => {
  const plans = [
    { id: 'p1', status: 'active', startDate: '2026-01-01' },
    { id: 'p2', status: 'draft', startDate: '2026-06-01' },
    { id: 'p3', status: 'completed', startDate: '2025-01-01' },
  ];
  const target = (planId: string, dimensionId: string) => ({
    planId,
    dimensionId,
    baselineLevel: 1,
    targetLevel: 3,
  });

  it('takes the active plan’s target, else the one of the plan that started last', () => {
    const chosen = targetsByDimension(plans, [
      target('p3', 'a'),
      target('p1', 'a'),
      target('p3', 'b'),
      target('p2', 'b'),
      target('p3', 'c'),
    ]);
    expect(chosen.map((t) => `${t.dimensionId}:${t.planId}`).sort()).toEqual(['a:p1', 'b:p2', 'c:p3']);
  });
});

describe('gapToTarget', () => {
  const target = { baselineLevel: 1, targetLevel: 4 };

  it('is the levels left to climb, none once reached', () => {
    expect(gapToTarget(2, target)).toBe(2);
    expect(gapToTarget(5, target)).toBe(0);
  });

  it('starts from the baseline before any assessment, and is null without a target', () => {
    expect(gapToTarget(null, target)).toBe(3);
    expect(gapToTarget(2, null)).toBeNull();
  });
});

describe('averageGap', () => {
  it('averages the dimensions that have a target', () => {
    // (2 + 0 + 1) / 3 = 1.
    expect(averageGap([2, null, 0, 1])).toBe(1);
    expect(averageGap([null, null])).toBeNull();
  });
});

describe('compactTrend', () => {
  const points = [
    { date: '2026-01-10', level: 1 },
    { date: '2026-02-10', level: 7 / 3 },
    { date: '2026-03-10', level: 2.005 },
  ];

  it('sends the days as numbers and the levels to the hundredth, in the same order', () => {
    // 2026-01-10 is day 20,463 after 1970-01-01; a month later, 31 days on.
    expect(compactTrend(points)).toEqual({ days: [20_463, 20_494, 20_522], levels: [1, 2.33, 2.01] });
    expect(compactTrend([])).toEqual({ days: [], levels: [] });
  });

  it('gives back the points to draw', () => {
    expect(trendPoints(compactTrend(points))).toEqual([
      { date: '2026-01-10', level: 1 },
      { date: '2026-02-10', level: 2.33 },
      { date: '2026-03-10', level: 2.01 },
    ]);
  });
});

describe('heatmap shades', () => {
  it('shades gaps 0 to 3 apart and 4 or more alike', () => {
    expect([0, 1, 2, 3, 4, 6].map(gapShade)).toEqual([0, 1, 2, 3, 4, 4]);
  });

  it('spreads the levels of any scale over six shades', () => {
    // On 0–5 a level is its shade; on 0–10, level 5 is half way: 2.5, rounded to 3.
    expect([0, 3, 5].map((level) => levelShade(level, 5))).toEqual([0, 3, 5]);
    expect(levelShade(5, 10)).toBe(3);
    expect(levelShade(10, 10)).toBe(5);
    expect(levelShade(0, 0)).toBe(0);
  });
});

describe('sortPortfolioRows', () => {
  const rows = [
    { teamName: 'Network', averageGap: 1.5, progress: 0.2 },
    { teamName: 'desk', averageGap: null, progress: null },
    { teamName: 'Apps', averageGap: 1.5, progress: 0.6 },
    { teamName: 'Ops', averageGap: 0.5, progress: 0.2 },
  ];
  const names = (sorted: typeof rows) => sorted.map((r) => r.teamName);

  it('sorts by team name whatever the case', () => {
    expect(names(sortPortfolioRows(rows, 'team', 'en'))).toEqual(['Apps', 'desk', 'Network', 'Ops']);
  });

  it('puts the largest gap first, ties by name, teams without a target last', () => {
    expect(names(sortPortfolioRows(rows, 'gap', 'en'))).toEqual(['Apps', 'Network', 'Ops', 'desk']);
  });

  it('puts the least progress first', () => {
    expect(names(sortPortfolioRows(rows, 'progress', 'en'))).toEqual(['Network', 'Ops', 'Apps', 'desk']);
  });
});

describe('the watch list as sent', () => {
  const desk = { teamId: 't1', teamName: 'Service Desk', client: 'Northwind', colour: '#2563eb' };
  const network = { teamId: 't2', teamName: 'Network', client: '', colour: '#16a34a' };
  const sla = { dimensionId: 'd1', dimensionName: 'SLA compliance', dimensionNameFr: 'Respect des SLA' };
  const skills = { dimensionId: 'd2', dimensionName: 'Skills', dimensionNameFr: 'Compétences' };
  const figures = (targetId: string) => ({
    targetId,
    current: 1,
    targetLevel: 3,
    targetDate: '2026-06-30',
    status: 'at-risk' as const,
    forecast: null,
  });
  const deskPlan = { planId: 'p1', planTitle: 'Desk plan' };
  const networkPlan = { planId: 'p2', planTitle: 'Network plan' };
  const found = [
    { team: desk, dimension: sla, plan: deskPlan, figures: figures('a') },
    { team: network, dimension: sla, plan: networkPlan, figures: figures('b') },
    // Labels equal to those before, made again: still named once.
    { team: { ...desk }, dimension: { ...skills }, plan: { ...deskPlan }, figures: figures('c') },
  ];

  it('names each team, dimension and plan once, the rows pointing at them in order', () => {
    const sent = compactWatchList(found, []);
    expect(sent.teams).toEqual([desk, network]);
    expect(sent.dimensions).toEqual([sla, skills]);
    expect(sent.plans).toEqual([deskPlan, networkPlan]);
    expect(sent.atRisk.map(({ team, dimension, plan }) => [team, dimension, plan])).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('gives back every row as it was, in its order', () => {
    expect(atRiskRows(compactWatchList(found, []))).toEqual([
      { ...desk, ...sla, ...deskPlan, ...figures('a') },
      { ...network, ...sla, ...networkPlan, ...figures('b') },
      { ...desk, ...skills, ...deskPlan, ...figures('c') },
    ]);
    expect(atRiskRows(compactWatchList([], []))).toEqual([]);
  });
});

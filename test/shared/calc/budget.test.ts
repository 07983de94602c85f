import { describe, expect, it } from 'vitest';
import { budgetStatus, costPerLevelGained, levelsGained } from '@shared/calc/budget';

describe('budgetStatus', () => {
  const steps = [
    { status: 'done', cost: 1_000 },
    { status: 'doing', cost: 2_500 },
    { status: 'todo', cost: null },
    { status: 'dropped', cost: 9_000 },
  ];

  it('sums planned (not dropped) and spent (done) costs against the budget', () => {
    expect(budgetStatus(5_000, steps)).toEqual({
      budget: 5_000,
      planned: 3_500,
      spent: 1_000,
      remaining: 1_500,
      overBudget: false,
    });
  });

  it('flags a plan whose steps cost more than its budget', () => {
    expect(budgetStatus(3_000, steps).overBudget).toBe(true);
  });

  it('has nothing remaining to tell without a budget', () => {
    expect(budgetStatus(null, steps)).toMatchObject({ remaining: null, overBudget: false });
  });
});

describe('levelsGained and costPerLevelGained', () => {
  it('counts the levels gained over the baselines, and divides what was spent by them', () => {
    // 1 → 3 gains 2, 2 → 2 gains none, 3 → 2 lost one (counts as none), not assessed gains none: 2 levels.
    const gained = levelsGained([
      { baselineLevel: 1, current: 3 },
      { baselineLevel: 2, current: 2 },
      { baselineLevel: 3, current: 2 },
      { baselineLevel: 1, current: null },
    ]);
    expect(gained).toBe(2);
    // 1,000 spent for 2 levels: 500 a level.
    expect(costPerLevelGained(1_000, gained)).toBe(500);
  });

  it('has no cost per level before a level is gained', () => {
    expect(costPerLevelGained(1_000, 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { budgetStatus } from '@shared/calc/budget';

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

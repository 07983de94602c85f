/** Budget of a plan: the cost of its steps against what was granted (PRODUCT.md, "Budget"). */

export interface BudgetStatus {
  budget: number | null;
  /** Cost of every step that is not dropped. */
  planned: number;
  /** Cost of the steps done. */
  spent: number;
  /** What is left of the budget after the planned steps; null without a budget. */
  remaining: number | null;
  overBudget: boolean;
}

export function budgetStatus(
  budget: number | null,
  steps: readonly { status: string; cost: number | null }[],
): BudgetStatus {
  const cost = (s: { cost: number | null }) => s.cost ?? 0;
  const planned = steps.filter((s) => s.status !== 'dropped').reduce((sum, s) => sum + cost(s), 0);
  const spent = steps.filter((s) => s.status === 'done').reduce((sum, s) => sum + cost(s), 0);
  return {
    budget,
    planned,
    spent,
    remaining: budget === null ? null : budget - planned,
    overBudget: budget !== null && planned > budget,
  };
}

/** Levels the plan's targets gained since their baseline; a level lost counts as none gained. */
export function levelsGained(targets: readonly { baselineLevel: number; current: number | null }[]): number {
  return targets.reduce((sum, t) => sum + Math.max(0, (t.current ?? t.baselineLevel) - t.baselineLevel), 0);
}

/** What each level gained cost, from the steps done; null until a level is gained. */
export function costPerLevelGained(spent: number, gained: number): number | null {
  return gained > 0 ? spent / gained : null;
}

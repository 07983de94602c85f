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

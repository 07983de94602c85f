/** Rows the user keeps in order (axes, dimensions) carry a position; moving one changes its position only. */

/**
 * The position that puts a row at `index` among the other rows of its list, given their positions in
 * order: halfway between its new neighbours, or one before the first or after the last.
 */
export function positionAt(others: readonly number[], index: number): number {
  const before = others[index - 1];
  const after = others[index];
  if (before === undefined) return after === undefined ? 1 : after - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/**
 * The new position of the row `id` moved one place up or down its list (rows in order); null when it is
 * already at that end.
 */
export function positionAfterStep(
  rows: readonly { id: string; position: number }[],
  id: string,
  direction: 'up' | 'down',
): number | null {
  const index = rows.findIndex((row) => row.id === id);
  const target = index + (direction === 'up' ? -1 : 1);
  if (index < 0 || target < 0 || target >= rows.length) return null;
  const others = rows.filter((row) => row.id !== id).map((row) => row.position);
  return positionAt(others, target);
}

/**
 * Text in code-point order, as SQLite's BINARY collation has it: days (ISO, so in time order) and ids. No
 * collator, which costs a hundred times more and is for names.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

import type { LegendPayload } from 'recharts';

/**
 * Orders a legend's items as `names` lists the series: the order of the chart's table. Recharts sorts
 * them by name by default, an order that differs from one language to the other.
 */
export const legendInOrder =
  (names: readonly string[]) =>
  (item: LegendPayload): number =>
    names.indexOf(item.value ?? '');

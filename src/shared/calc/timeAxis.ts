/** The time axis of charts: days as instants (UTC midnight) and ticks on the first day of months. */

export const timeOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The first days of the months from `from` to `to`, every second or third month when there are many. */
export function monthTicks(from: string, to: string, maxTicks: number): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const next = () => {
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  };
  const day = () => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  if (day() < from) next();
  for (; day() <= to; next()) months.push(day());
  const every = Math.max(1, Math.ceil(months.length / Math.max(1, maxTicks)));
  return months.filter((_, i) => i % every === 0);
}

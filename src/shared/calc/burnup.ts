import { addDays } from '../dates';

/** Burn-up of a plan's small steps: week by week, how many are done against how many there are. */

export interface BurnUpPoint {
  date: string;
  /** Steps done on or before the day. */
  done: number;
  /** Steps in the plan on that day (dropped ones left out): the line the done steps climb towards. */
  total: number;
}

export interface BurnUpStep {
  status: string;
  doneDate: string | null;
  startDate: string | null;
  /** When the step was written down, as an ISO instant. */
  createdAt: string;
}

/**
 * The day a step joined the plan: the day it was written down, or an earlier day it started or was done
 * on (steps imported from a register carry dates older than their row).
 */
export function stepAddedOn(step: BurnUpStep): string {
  return [step.createdAt.slice(0, 10), step.startDate, step.doneDate]
    .filter((day): day is string => day !== null)
    .reduce((a, b) => (a < b ? a : b));
}

/** One point a week from `from`, and a last one on `to`; steps added or done before `from` count at once. */
export function burnUp(steps: readonly BurnUpStep[], from: string, to: string): BurnUpPoint[] {
  const kept = steps.filter((s) => s.status !== 'dropped');
  const added = countUpTo(kept.map(stepAddedOn));
  const done = countUpTo(
    kept.flatMap((s) => (s.status === 'done' && s.doneDate !== null ? [s.doneDate] : [])),
  );
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 7)) days.push(day);
  days.push(to);
  return days.map((date) => ({ date, done: done(date), total: added(date) }));
}

/**
 * How many of `days` fall on or before a date, for dates asked in order: the days sorted once and walked
 * once, where counting them again for each week took a plan of 20,000 steps 28 ms.
 */
function countUpTo(days: string[]): (date: string) => number {
  days.sort();
  let count = 0;
  return (date) => {
    for (let next = days[count]; next !== undefined && next <= date; next = days[count]) count += 1;
    return count;
  };
}

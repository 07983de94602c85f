import { addDays, daysBetween } from '../dates';

/** Whether a plan keeps moving (PRODUCT.md, "Momentum"). */

export const stallingAfterDays = 21;
/** A quick win is a step done with at most this much effort. */
export const quickWinMaxEffortDays = 1;
/** Steps done per week are counted over this many recent weeks. */
export const momentumWindowWeeks = 8;

export interface MomentumInput {
  today: string;
  plan: { status: string; startDate: string; reviewCadenceDays: number | null };
  steps: readonly { status: string; doneDate: string | null; effortDays: number | null }[];
  reviewDates: readonly string[];
}

export interface Momentum {
  stepsDonePerWeek: number;
  /** Share of the done steps that were quick wins; null when none is done. */
  quickWinShare: number | null;
  /** Days since the last step was done; null when none is. */
  daysSinceLastDone: number | null;
  /** The day the next review is due; null without a cadence. */
  nextReviewDue: string | null;
  reviewOverdue: boolean;
  /** An active plan with no step done for three weeks, or with its review overdue. */
  stalling: boolean;
}

export function momentum({ today, plan, steps, reviewDates }: MomentumInput): Momentum {
  const doneDates = steps.filter((s) => s.status === 'done' && s.doneDate !== null && s.doneDate <= today);
  const windowStart = addDays(today, -7 * momentumWindowWeeks);
  const recent = doneDates.filter((s) => (s.doneDate as string) > windowStart).length;
  const lastDone = doneDates.reduce<string | null>(
    (latest, s) => (latest === null || (s.doneDate as string) > latest ? (s.doneDate as string) : latest),
    null,
  );
  const quickWins = doneDates.filter(
    (s) => s.effortDays !== null && s.effortDays <= quickWinMaxEffortDays,
  ).length;
  return {
    stepsDonePerWeek: recent / momentumWindowWeeks,
    quickWinShare: doneDates.length === 0 ? null : quickWins / doneDates.length,
    ...planMomentum({ today, plan, lastDone, reviewDates }),
  };
}

/** Whether a plan keeps moving, from the last step it had done and its reviews. */
export function planMomentum({
  today,
  plan,
  lastDone,
  reviewDates,
}: Omit<MomentumInput, 'steps'> & { lastDone: string | null }): Pick<
  Momentum,
  'daysSinceLastDone' | 'nextReviewDue' | 'reviewOverdue' | 'stalling'
> {
  const lastReview = reviewDates
    .filter((d) => d <= today)
    .reduce<string | null>((a, d) => (a && a > d ? a : d), null);
  const nextReviewDue =
    plan.reviewCadenceDays === null ? null : addDays(lastReview ?? plan.startDate, plan.reviewCadenceDays);
  const reviewOverdue = nextReviewDue !== null && nextReviewDue < today;
  const idleSince = lastDone ?? plan.startDate;
  const active = plan.status === 'active' && plan.startDate <= today;
  return {
    daysSinceLastDone: lastDone === null ? null : daysBetween(lastDone, today),
    nextReviewDue,
    reviewOverdue,
    stalling: active && (daysBetween(idleSince, today) > stallingAfterDays || reviewOverdue),
  };
}

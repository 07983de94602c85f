import { daysBetween } from '../dates';

/** The plan's limits of a small step (PRODUCT.md: by default 5 days of effort, 2 weeks from start to due). */
export interface StepLimits {
  maxStepEffortDays: number;
  maxStepSpanDays: number;
}

export type TooBigReason = 'effort' | 'span';

/**
 * The small-step rule: a step larger than the plan's limits should be split. Returns why a step is too
 * big, or an empty list when it is small enough (or when the fields to judge it are not filled in).
 */
export function tooBigReasons(
  step: { effortDays: number | null; startDate: string | null; dueDate: string | null },
  limits: StepLimits,
): TooBigReason[] {
  const reasons: TooBigReason[] = [];
  if (step.effortDays !== null && step.effortDays > limits.maxStepEffortDays) reasons.push('effort');
  if (step.startDate !== null && step.dueDate !== null) {
    if (daysBetween(step.startDate, step.dueDate) > limits.maxStepSpanDays) reasons.push('span');
  }
  return reasons;
}

/** A step is overdue when it is still to do or in progress after its due date. */
export function isOverdue(step: { status: string; dueDate: string | null }, today: string): boolean {
  return (step.status === 'todo' || step.status === 'doing') && step.dueDate !== null && step.dueDate < today;
}

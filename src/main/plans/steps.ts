import type { StepStatus } from '@shared/domain/plans';
import { DomainError } from '@shared/result';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { assertDimensionOfModel } from '../models/rules';
import { plansTable, stepsTable, targetsTable } from './tables';

/**
 * The position that puts a step at the end of its column, or just before another step of it.
 * The column is read backwards through its index and the first step that is not the moving one is
 * taken: `max(position)` under the same conditions read the whole column (the `id` test keeps SQLite
 * from taking the max from the index), which made each of a CSV import's 10,000 steps slower than the
 * one before (0.35 s in all).
 */
export function positionIn(
  db: Db,
  planId: string,
  status: StepStatus,
  beforeId: string | null,
  movingId?: string,
) {
  if (beforeId === null) return (lastPositionIn(db, { planId, status, below: null, movingId }) ?? 0) + 1;
  const before = stepsTable.get(db, beforeId);
  if (before.planId !== planId || before.status !== status) {
    throw new DomainError('invalid-input', 'The step to move before is not in that column.', 'beforeId');
  }
  const previous = lastPositionIn(db, { planId, status, below: before.position, movingId });
  return previous === null ? before.position - 1 : (previous + before.position) / 2;
}

/** The position of the last step of a column (placed before `below`), other than the moving one. */
function lastPositionIn(
  db: Db,
  column: { planId: string; status: StepStatus; below: number | null; movingId: string | undefined },
): number | null {
  const { below, movingId = null } = column;
  const position = prepared(
    db,
    `SELECT position FROM steps
     WHERE plan_id = @planId AND status = @status${below === null ? '' : ' AND position < @below'}
       AND id IS NOT @movingId
     ORDER BY position DESC LIMIT 1`,
    'pluck',
  ).get({ ...column, movingId }) as number | undefined;
  return position ?? null;
}

/**
 * Checks a step's links against its plan and fills what follows from them: a step on a target works
 * on that target's dimension.
 */
export function resolveStepLinks(
  db: Db,
  planId: string,
  links: { targetId: string | null; dimensionId: string | null },
): { targetId: string | null; dimensionId: string | null } {
  const plan = plansTable.get(db, planId);
  let { dimensionId } = links;
  if (links.targetId !== null) {
    const target = targetsTable.get(db, links.targetId);
    if (target.planId !== planId) {
      throw new DomainError('invalid-input', 'The target belongs to another plan.', 'targetId');
    }
    if (dimensionId !== null && dimensionId !== target.dimensionId) {
      throw new DomainError(
        'invalid-input',
        "The dimension differs from the target's dimension.",
        'dimensionId',
      );
    }
    dimensionId = target.dimensionId;
  }
  if (dimensionId !== null) assertDimensionOfModel(db, dimensionId, plan.modelId, 'dimensionId');
  return { targetId: links.targetId, dimensionId };
}

/** A step that reaches done gets a done date (today unless given); one that leaves done loses it. */
export function doneDateFor(status: StepStatus, doneDate: string | null, today: string): string | null {
  return status === 'done' ? (doneDate ?? today) : null;
}

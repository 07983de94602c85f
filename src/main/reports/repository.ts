import type { ReviewStepLink } from '@shared/domain/plans';
import type { Db } from '../db/connection';

type ReviewStepAction = ReviewStepLink['action'];

/** How many steps each review of a plan created, moved and closed. */
export function reviewStepCounts(
  db: Db,
  planId: string,
): Map<string, Partial<Record<ReviewStepAction, number>>> {
  const rows = db
    .prepare(
      `SELECT l.review_id AS reviewId, l.action, count(*) AS n
       FROM reviews r JOIN review_steps l ON l.review_id = r.id
       WHERE r.plan_id = ?
       GROUP BY l.review_id, l.action`,
    )
    .all(planId) as { reviewId: string; action: ReviewStepAction; n: number }[];
  const counts = new Map<string, Partial<Record<ReviewStepAction, number>>>();
  for (const { reviewId, action, n } of rows) counts.set(reviewId, { ...counts.get(reviewId), [action]: n });
  return counts;
}

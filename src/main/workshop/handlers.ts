import { levelsBefore } from '@shared/calc/assessmentHistory';
import type { ReviewStepLink } from '@shared/domain/plans';
import { DomainError } from '@shared/result';
import { assessmentHandlers, listAssessments } from '../assessments/handlers';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { getModelDetail } from '../models/repository';
import { planHandlers } from '../plans/handlers';
import { getPlanDetail } from '../plans/repository';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable } from '../plans/tables';
import { teamsTable } from '../teams/tables';

/**
 * The workshop's channels: each does what the plan page's channels do (move a step, add one, rate) and
 * links it to the review in the same transaction, so that one undo takes back the whole action.
 */
export const workshopHandlers = defineHandlers({
  'workshop.get': ({ planId, reviewId }, ctx) => {
    const { db, today } = ctx;
    const plan = getPlanDetail(db, planId, today);
    const review = reviewId === undefined ? null : planHandlers['review.get']({ id: reviewId }, ctx);
    if (review && review.planId !== planId)
      throw new DomainError('invalid-input', 'The review is not one of this plan’s.', 'reviewId');
    const assessments = listAssessments(db, plan.teamId, plan.modelId);
    const assessment = review ? (assessments.find((a) => a.reviewId === review.id) ?? null) : null;
    const previous = levelsBefore(assessments, review?.date ?? today, assessment?.id);
    return {
      plan,
      team: teamsTable.get(db, plan.teamId),
      model: getModelDetail(db, plan.modelId),
      review,
      assessment,
      previousLevels: [...previous].map(([dimensionId, { level, date }]) => ({ dimensionId, level, date })),
    };
  },

  'workshop.moveStep': ({ reviewId, stepId, status }, ctx) => {
    const step = stepOfReview(ctx.db, reviewId, stepId);
    if (step.status === status) return step;
    const moved = planHandlers['step.move']({ id: stepId, status, beforeId: null }, ctx);
    const action = status === 'done' || status === 'dropped' ? 'closed' : 'moved';
    const links = linksOf(ctx.db, reviewId, stepId);
    // A step closed and then reopened in the same review was not closed in it after all.
    if (action === 'moved')
      for (const link of links.filter((l) => l.action === 'closed'))
        ctx.changes.remove(reviewStepsTable, link.id);
    if (!links.some((link) => link.action === action))
      planHandlers['review.linkStep']({ reviewId, stepId, action }, ctx);
    return moved;
  },

  'workshop.captureStep': ({ reviewId, step }, ctx) => {
    const review = reviewsTable.get(ctx.db, reviewId);
    const created = planHandlers['step.create']({ ...step, planId: review.planId }, ctx);
    planHandlers['review.linkStep']({ reviewId, stepId: created.id, action: 'created' }, ctx);
    return created;
  },

  'workshop.rate': ({ reviewId, dimensionId, level, evidence }, ctx) => {
    const review = reviewsTable.get(ctx.db, reviewId);
    const plan = plansTable.get(ctx.db, review.planId);
    const score = { dimensionId, level, evidence };
    const existing = ctx.db
      .prepare('SELECT id FROM assessments WHERE review_id = ? ORDER BY created_at LIMIT 1')
      .pluck()
      .get(reviewId) as string | undefined;
    if (existing === undefined) {
      return assessmentHandlers['assessment.create'](
        {
          teamId: plan.teamId,
          modelId: plan.modelId,
          reviewId,
          date: review.date,
          source: 'workshop',
          assessor: assessorOf(review.participants),
          note: '',
          scores: [score],
        },
        ctx,
      );
    }
    const { scores } = assessmentHandlers['assessment.get']({ id: existing }, ctx);
    const kept = scores
      .filter((s) => s.dimensionId !== dimensionId)
      .map((s) => ({ dimensionId: s.dimensionId, level: s.level, evidence: s.evidence }));
    return assessmentHandlers['assessment.setScores'](
      { assessmentId: existing, scores: [...kept, score] },
      ctx,
    );
  },
});

function stepOfReview(db: Db, reviewId: string, stepId: string) {
  const review = reviewsTable.get(db, reviewId);
  const step = stepsTable.get(db, stepId);
  if (step.planId !== review.planId)
    throw new DomainError('invalid-input', 'The step belongs to another plan than the review.', 'stepId');
  return step;
}

const linksOf = (db: Db, reviewId: string, stepId: string): ReviewStepLink[] =>
  (
    db
      .prepare('SELECT * FROM review_steps WHERE review_id = ? AND step_id = ?')
      .all(reviewId, stepId) as Record<string, unknown>[]
  ).map(reviewStepsTable.fromDb);

/** The assessor of levels agreed in a workshop: its participants, as many as the field holds. */
function assessorOf(participants: readonly string[]): string {
  const all = participants.join(', ');
  return all.length <= 200 ? all : `${all.slice(0, 199).replace(/,?\s*[^,]*$/, '')}…`;
}

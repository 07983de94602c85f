import { DomainError } from '@shared/result';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { assertDimensionOfModel, assertLevelOfModel } from '../models/rules';
import { getPlanDetail, listPlans, listReviewLinks, listReviews, listSteps, listTargets } from './repository';
import { fieldsOf } from '../store/table';
import { doneDateFor, positionIn, resolveStepLinks } from './steps';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable, targetsTable } from './tables';

export const planHandlers = defineHandlers({
  'plan.list': (query, { db }) => listPlans(db, query),
  'plan.get': ({ id }, { db, today }) => getPlanDetail(db, id, today),
  'plan.create': (input, { changes }) => changes.create(plansTable, input),
  'plan.update': ({ id, patch }, { db, changes }) => {
    const plan = plansTable.get(db, id);
    if ((patch.endDate ?? plan.endDate) < (patch.startDate ?? plan.startDate)) {
      throw new DomainError('invalid-input', 'must not end before it starts', 'patch.endDate');
    }
    return changes.update(plansTable, id, patch);
  },
  'plan.setStatus': ({ id, status }, { changes }) => changes.update(plansTable, id, { status }),
  'plan.delete': ({ id }, { changes }) => {
    changes.remove(plansTable, id);
    return null;
  },

  'target.list': ({ planId }, { db }) => (plansTable.get(db, planId), listTargets(db, planId)),
  'target.create': (input, { db, changes }) => {
    const { modelId } = plansTable.get(db, input.planId);
    assertDimensionOfModel(db, input.dimensionId, modelId, 'dimensionId');
    assertTargetLevels(db, modelId, input, '');
    return changes.create(targetsTable, input);
  },
  'target.update': ({ id, patch }, { db, changes }) => {
    const target = targetsTable.get(db, id);
    assertTargetLevels(db, plansTable.get(db, target.planId).modelId, { ...target, ...patch }, 'patch.');
    return changes.update(targetsTable, id, patch);
  },
  'target.delete': ({ id }, { changes }) => {
    changes.remove(targetsTable, id);
    return null;
  },

  'step.list': ({ planId }, { db }) => (plansTable.get(db, planId), listSteps(db, planId)),
  'step.get': ({ id }, { db }) => stepsTable.get(db, id),
  'step.create': (input, { db, changes, today }) =>
    changes.create(stepsTable, {
      ...input,
      ...resolveStepLinks(db, input.planId, input),
      position: positionIn(db, input.planId, input.status, null),
      doneDate: doneDateFor(input.status, input.doneDate, today),
    }),
  'step.update': ({ id, patch }, { db, changes }) => {
    const step = stepsTable.get(db, id);
    const links =
      patch.targetId !== undefined || patch.dimensionId !== undefined
        ? resolveStepLinks(db, step.planId, {
            targetId: patch.targetId === undefined ? step.targetId : patch.targetId,
            dimensionId: patch.dimensionId === undefined ? null : patch.dimensionId,
          })
        : {};
    // Only a done step has a done date; status itself changes through step.move.
    const doneDate = step.status === 'done' ? (patch.doneDate ?? step.doneDate) : null;
    return changes.update(stepsTable, id, { ...patch, ...links, doneDate });
  },
  'step.move': ({ id, status, beforeId }, { db, changes, today }) => {
    const step = stepsTable.get(db, id);
    if (beforeId === id) return step;
    return changes.update(
      stepsTable,
      id,
      {
        status,
        position: positionIn(db, step.planId, status, beforeId, id),
        doneDate: doneDateFor(status, step.status === 'done' ? step.doneDate : null, today),
      },
      step,
    );
  },
  'step.split': ({ id, titles }, { db, changes }) => {
    const step = stepsTable.get(db, id);
    const [first, ...rest] = titles as [string, ...string[]];
    // Parts share the effort; quarter days are as fine as anyone estimates a small step.
    const effortDays =
      step.effortDays === null ? null : Math.round((step.effortDays / titles.length) * 4) / 4;
    const next = db
      .prepare('SELECT min(position) FROM steps WHERE plan_id = ? AND status = ? AND position > ?')
      .pluck()
      .get(step.planId, step.status, step.position) as number | null;
    const gap = ((next ?? step.position + 1) - step.position) / titles.length;
    const parts = rest.map((title, i) =>
      changes.create(stepsTable, {
        ...fieldsOf(step),
        title,
        effortDays,
        startDate: null,
        outcome: '',
        position: step.position + gap * (i + 1),
      }),
    );
    return [changes.update(stepsTable, id, { title: first, effortDays }), ...parts];
  },
  'step.delete': ({ id }, { changes }) => {
    changes.remove(stepsTable, id);
    return null;
  },

  'review.list': ({ planId }, { db }) => (plansTable.get(db, planId), listReviews(db, planId)),
  'review.get': ({ id }, { db }) => ({
    ...reviewsTable.get(db, id),
    steps: listReviewLinks(db, 'review', id),
  }),
  'review.listWithSteps': ({ planId }, { db }) => {
    plansTable.get(db, planId);
    const links = listReviewLinks(db, 'plan', planId);
    return listReviews(db, planId).map((review) => ({
      ...review,
      steps: links.filter((link) => link.reviewId === review.id),
    }));
  },
  'review.create': (input, { changes }) => changes.create(reviewsTable, input),
  'review.update': ({ id, patch }, { changes }) => changes.update(reviewsTable, id, patch),
  'review.delete': ({ id }, { changes }) => {
    changes.remove(reviewsTable, id);
    return null;
  },
  'review.linkStep': (input, { db, changes }) => {
    if (reviewsTable.get(db, input.reviewId).planId !== stepsTable.get(db, input.stepId).planId) {
      throw new DomainError('invalid-input', 'The step belongs to another plan than the review.', 'stepId');
    }
    return changes.create(reviewStepsTable, input);
  },
  'review.unlinkStep': ({ id }, { changes }) => {
    changes.remove(reviewStepsTable, id);
    return null;
  },
});

function assertTargetLevels(
  db: Db,
  modelId: string,
  target: { baselineLevel: number; targetLevel: number },
  prefix: string,
): void {
  assertLevelOfModel(db, target.baselineLevel, modelId, `${prefix}baselineLevel`);
  assertLevelOfModel(db, target.targetLevel, modelId, `${prefix}targetLevel`);
}

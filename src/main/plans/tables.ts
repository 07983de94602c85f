import type { Plan, Review, ReviewStepLink, Step, Target } from '@shared/domain/plans';
import { prepared } from '../db/statements';
import { Table } from '../store/table';
import { assessmentsTable } from '../assessments/tables';

export const reviewStepsTable = new Table<ReviewStepLink>({
  entity: 'reviewStep',
  table: 'review_steps',
  label: 'review link',
  fields: { reviewId: 'text', stepId: 'text', action: 'text' },
  scope: (row, reader) =>
    reader.planScope(
      prepared(reader.db, 'SELECT plan_id FROM reviews WHERE id = ?', 'pluck').get(row.reviewId) as string,
    ),
});

export const stepsTable = new Table<Step>({
  entity: 'step',
  table: 'steps',
  label: 'small step',
  fields: {
    planId: 'text',
    targetId: 'text',
    dimensionId: 'text',
    title: 'text',
    description: 'text',
    owner: 'text',
    status: 'text',
    position: 'real',
    effortDays: 'real',
    cost: 'real',
    startDate: 'text',
    dueDate: 'text',
    doneDate: 'text',
    outcome: 'text',
  },
  children: [{ table: () => reviewStepsTable, foreignKey: 'stepId', onDelete: 'cascade' }],
  scope: (row, reader) => reader.planScope(row.planId as string),
});

export const targetsTable = new Table<Target>({
  entity: 'target',
  table: 'targets',
  label: 'target',
  fields: {
    planId: 'text',
    dimensionId: 'text',
    baselineLevel: 'int',
    targetLevel: 'int',
    targetDate: 'text',
    rationale: 'text',
  },
  children: [{ table: () => stepsTable, foreignKey: 'targetId', onDelete: 'nullify' }],
  scope: (row, reader) => reader.planScope(row.planId as string),
});

export const reviewsTable = new Table<Review>({
  entity: 'review',
  table: 'reviews',
  label: 'review',
  fields: {
    planId: 'text',
    date: 'text',
    kind: 'text',
    participants: 'json',
    notes: 'text',
    decisions: 'json',
  },
  children: [
    { table: () => reviewStepsTable, foreignKey: 'reviewId', onDelete: 'cascade' },
    { table: () => assessmentsTable, foreignKey: 'reviewId', onDelete: 'nullify' },
  ],
  scope: (row, reader) => reader.planScope(row.planId as string),
});

export const plansTable = new Table<Plan>({
  entity: 'plan',
  table: 'plans',
  label: 'plan',
  fields: {
    teamId: 'text',
    modelId: 'text',
    title: 'text',
    objective: 'text',
    owner: 'text',
    startDate: 'text',
    endDate: 'text',
    status: 'text',
    budget: 'real',
    reviewCadenceDays: 'int',
    maxStepEffortDays: 'real',
    maxStepSpanDays: 'int',
  },
  // Steps go before targets so that deleting a plan does not first unlink every step from its target.
  children: [
    { table: () => reviewsTable, foreignKey: 'planId', onDelete: 'cascade' },
    { table: () => stepsTable, foreignKey: 'planId', onDelete: 'cascade' },
    { table: () => targetsTable, foreignKey: 'planId', onDelete: 'cascade' },
  ],
  scope: (row) => ({ planId: row.id, teamId: row.teamId as string }),
});

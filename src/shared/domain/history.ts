import { z } from 'zod';
import { Id, Instant } from './common';

export const entityNames = [
  'team',
  'model',
  'level',
  'axis',
  'dimension',
  'plan',
  'target',
  'step',
  'review',
  'reviewStep',
  'assessment',
  'score',
  'survey',
  'surveyDimension',
  'surveyItem',
  'surveyResponse',
] as const;
export const EntityName = z.enum(entityNames);
export type EntityName = z.infer<typeof EntityName>;

export const changeActions = ['create', 'update', 'delete'] as const;
export type ChangeAction = (typeof changeActions)[number];

/** One row of the change history: a snapshot of the row before and after, who and when. */
export const Change = z.object({
  seq: z.number().int(),
  batchId: Id,
  entity: EntityName,
  entityId: Id,
  action: z.enum(changeActions),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  at: Instant,
  by: z.string(),
  planId: Id.nullable(),
  teamId: Id.nullable(),
});
export type Change = z.infer<typeof Change>;

export const HistoryQuery = z.strictObject({
  planId: Id.optional(),
  teamId: Id.optional(),
  limit: z.number().int().min(1).max(1_000).default(200),
});

/** The latest change that undo would take back, or that redo would put again, as the UI names it. */
export const UndoEntry = z.object({
  batchId: Id,
  channel: z.string(),
  entity: EntityName,
  action: z.enum(changeActions),
  /** The name or title of the main row changed, when it has one. */
  label: z.string(),
  changeCount: z.number().int(),
  at: Instant,
});
export type UndoEntry = z.infer<typeof UndoEntry>;
export const UndoState = z.object({ undo: UndoEntry.nullable(), redo: UndoEntry.nullable() });
export type UndoState = z.infer<typeof UndoState>;

/**
 * A plan's change history in words: each row of the history (a snapshot before and after) becomes an
 * event that the UI can say, e.g. "Claire moved ‘Publish the report’ from To do to Doing".
 */
import type { Change } from '../domain/history';
import type { PlanStatus, ReviewKind, StepStatus } from '../domain/plans';

export type HistoryEvent =
  | { kind: 'stepCreated'; title: string; status: StepStatus }
  | { kind: 'stepMoved'; title: string; from: StepStatus; to: StepStatus }
  | { kind: 'stepReordered'; title: string; status: StepStatus }
  | { kind: 'stepEdited'; title: string; fields: string[] }
  | { kind: 'stepDeleted'; title: string }
  | {
      kind: 'targetCreated';
      dimensionId: string;
      baselineLevel: number;
      targetLevel: number;
      targetDate: string;
    }
  | { kind: 'targetEdited'; dimensionId: string; fields: string[] }
  | { kind: 'targetDeleted'; dimensionId: string }
  | { kind: 'reviewCreated' | 'reviewDeleted'; date: string; reviewKind: ReviewKind }
  | { kind: 'reviewEdited'; date: string; reviewKind: ReviewKind; fields: string[] }
  | { kind: 'stepLinked' | 'stepUnlinked'; stepId: string; reviewId: string; action: string }
  | { kind: 'planCreated'; title: string }
  | { kind: 'planStatus'; from: PlanStatus; to: PlanStatus }
  | { kind: 'planEdited'; fields: string[] }
  | { kind: 'other'; entity: Change['entity']; action: Change['action'] };

type Snapshot = Record<string, unknown>;

/** Stamps and positions change with everything else; what the user changed is the rest. */
const bookkeeping = new Set(['createdAt', 'updatedAt', 'position']);

/** The fields a change touched, in the order the row has them. */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  if (!before || !after) return [];
  return Object.keys(after).filter(
    (key) => !bookkeeping.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

const text = (row: Snapshot, key: string) => (typeof row[key] === 'string' ? row[key] : '');
const number = (row: Snapshot, key: string) => (typeof row[key] === 'number' ? row[key] : 0);

export function historyEvent(change: Change): HistoryEvent {
  const { before, after, action } = change;
  const row = (after ?? before ?? {}) as Snapshot;
  const fields = changedFields(before, after);
  switch (change.entity) {
    case 'step': {
      const title = text(row, 'title');
      if (action === 'create')
        return { kind: 'stepCreated', title, status: text(row, 'status') as StepStatus };
      if (action === 'delete') return { kind: 'stepDeleted', title };
      const from = text(before ?? {}, 'status') as StepStatus;
      const to = text(row, 'status') as StepStatus;
      if (from !== to) return { kind: 'stepMoved', title, from, to };
      if (fields.length === 0) return { kind: 'stepReordered', title, status: to };
      return { kind: 'stepEdited', title, fields };
    }
    case 'target': {
      const dimensionId = text(row, 'dimensionId');
      if (action === 'create') {
        return {
          kind: 'targetCreated',
          dimensionId,
          baselineLevel: number(row, 'baselineLevel'),
          targetLevel: number(row, 'targetLevel'),
          targetDate: text(row, 'targetDate'),
        };
      }
      if (action === 'delete') return { kind: 'targetDeleted', dimensionId };
      return { kind: 'targetEdited', dimensionId, fields };
    }
    case 'review': {
      const date = text(row, 'date');
      const reviewKind = text(row, 'kind') as ReviewKind;
      if (action === 'update') return { kind: 'reviewEdited', date, reviewKind, fields };
      return { kind: action === 'create' ? 'reviewCreated' : 'reviewDeleted', date, reviewKind };
    }
    case 'reviewStep':
      return {
        kind: action === 'delete' ? 'stepUnlinked' : 'stepLinked',
        stepId: text(row, 'stepId'),
        reviewId: text(row, 'reviewId'),
        action: text(row, 'action'),
      };
    case 'plan': {
      if (action === 'create') return { kind: 'planCreated', title: text(row, 'title') };
      const from = text(before ?? {}, 'status') as PlanStatus;
      const to = text(row, 'status') as PlanStatus;
      if (action === 'update' && from !== to) return { kind: 'planStatus', from, to };
      if (action === 'update') return { kind: 'planEdited', fields };
      return { kind: 'other', entity: change.entity, action };
    }
    default:
      return { kind: 'other', entity: change.entity, action };
  }
}

/**
 * The board of small steps: a column per status, steps in their order. A step carried from the keyboard
 * stands at a placement (a column and an index among the column's other steps) until it is dropped.
 */
import { stepStatuses } from '../domain/constants';
import type { StepStatus } from '../domain/plans';

export interface BoardStep {
  id: string;
  status: StepStatus;
  position: number;
}

export type BoardColumns<S extends BoardStep> = Record<StepStatus, S[]>;

export interface Placement {
  status: StepStatus;
  /** Where the step stands among the column's other steps: 0 is the top. */
  index: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export function boardColumns<S extends BoardStep>(steps: readonly S[]): BoardColumns<S> {
  const columns = Object.fromEntries(stepStatuses.map((status) => [status, [] as S[]])) as BoardColumns<S>;
  for (const step of steps) columns[step.status].push(step);
  for (const status of stepStatuses) columns[status].sort((a, b) => a.position - b.position);
  return columns;
}

const without = <S extends BoardStep>(column: readonly S[], id: string) => column.filter((s) => s.id !== id);

export function placementOf<S extends BoardStep>(columns: BoardColumns<S>, id: string): Placement | null {
  for (const status of stepStatuses) {
    const index = columns[status].findIndex((step) => step.id === id);
    if (index >= 0) return { status, index };
  }
  return null;
}

/** The board with the step taken from where it is and shown at `placement`: the board while it is carried. */
export function withStepAt<S extends BoardStep>(
  columns: BoardColumns<S>,
  id: string,
  placement: Placement,
): BoardColumns<S> {
  const step = stepStatuses.flatMap((status) => columns[status]).find((s) => s.id === id);
  if (!step) return columns;
  const moved = Object.fromEntries(
    stepStatuses.map((status) => [status, without(columns[status], id)]),
  ) as BoardColumns<S>;
  moved[placement.status].splice(placement.index, 0, step);
  return moved;
}

/**
 * Where a carried step goes on an arrow key: up and down within its column, left and right to the
 * neighbouring column at the same height, or as near as that column allows. At an edge it stays.
 */
export function nextPlacement<S extends BoardStep>(
  columns: BoardColumns<S>,
  id: string,
  from: Placement,
  direction: Direction,
): Placement {
  const others = (status: StepStatus) => without(columns[status], id).length;
  if (direction === 'up') return { ...from, index: Math.max(0, from.index - 1) };
  if (direction === 'down') return { ...from, index: Math.min(others(from.status), from.index + 1) };
  const column = stepStatuses.indexOf(from.status) + (direction === 'left' ? -1 : 1);
  const status = stepStatuses[column];
  if (status === undefined) return from;
  return { status, index: Math.min(from.index, others(status)) };
}

/**
 * What `step.move` needs to put a step at a placement: the step it goes before, or null for the end of
 * the column. Null altogether when the step would stay where it is.
 */
export function moveTo<S extends BoardStep>(
  columns: BoardColumns<S>,
  id: string,
  placement: Placement,
): { id: string; status: StepStatus; beforeId: string | null } | null {
  const current = placementOf(columns, id);
  if (current && current.status === placement.status && current.index === placement.index) return null;
  const others = without(columns[placement.status], id);
  return { id, status: placement.status, beforeId: others[placement.index]?.id ?? null };
}

/**
 * The step that an arrow key moves the focus to when nothing is carried: the one above or below, or the
 * nearest at the same height in the next column that has steps. Null at an edge.
 */
export function neighbourOf<S extends BoardStep>(
  columns: BoardColumns<S>,
  id: string,
  direction: Direction,
): S | null {
  const from = placementOf(columns, id);
  if (!from) return null;
  if (direction === 'up' || direction === 'down') {
    return columns[from.status][from.index + (direction === 'up' ? -1 : 1)] ?? null;
  }
  const step = direction === 'left' ? -1 : 1;
  for (let c = stepStatuses.indexOf(from.status) + step; c >= 0 && c < stepStatuses.length; c += step) {
    const column = columns[stepStatuses[c] as StepStatus];
    if (column.length > 0) return column[Math.min(from.index, column.length - 1)] ?? null;
  }
  return null;
}

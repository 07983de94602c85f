import { describe, expect, it } from 'vitest';
import {
  boardColumns,
  moveTo,
  neighbourOf,
  nextPlacement,
  placementOf,
  withStepAt,
} from '@shared/calc/board';
import type { StepStatus } from '@shared/domain/plans';

const step = (id: string, status: StepStatus, position: number) => ({ id, status, position });

// To do: a, b, c (in that order although listed out of order); Doing: d; Done: e, f; Idea and Dropped empty.
const steps = [
  step('c', 'todo', 3),
  step('a', 'todo', 1),
  step('d', 'doing', 1),
  step('b', 'todo', 2.5),
  step('f', 'done', 7),
  step('e', 'done', -2),
];
const columns = boardColumns(steps);
const ids = (column: readonly { id: string }[]) => column.map((s) => s.id);

describe('boardColumns', () => {
  it('puts every step in its status’s column, by position', () => {
    expect(ids(columns.idea)).toEqual([]);
    expect(ids(columns.todo)).toEqual(['a', 'b', 'c']);
    expect(ids(columns.doing)).toEqual(['d']);
    expect(ids(columns.done)).toEqual(['e', 'f']);
    expect(ids(columns.dropped)).toEqual([]);
  });
});

describe('placementOf and withStepAt', () => {
  it('finds a step', () => {
    expect(placementOf(columns, 'b')).toEqual({ status: 'todo', index: 1 });
    expect(placementOf(columns, 'nope')).toBeNull();
  });

  it('shows a carried step where it would land, counted among the other steps', () => {
    const carried = withStepAt(columns, 'a', { status: 'done', index: 1 });
    expect(ids(carried.todo)).toEqual(['b', 'c']);
    expect(ids(carried.done)).toEqual(['e', 'a', 'f']);
    // The board it came from is left as it was.
    expect(ids(columns.todo)).toEqual(['a', 'b', 'c']);
  });
});

describe('nextPlacement', () => {
  it('moves up and down within the column and stops at its ends', () => {
    expect(nextPlacement(columns, 'b', { status: 'todo', index: 1 }, 'up')).toEqual({
      status: 'todo',
      index: 0,
    });
    expect(nextPlacement(columns, 'a', { status: 'todo', index: 0 }, 'up')).toEqual({
      status: 'todo',
      index: 0,
    });
    // Among the two other steps of To do, the last place is index 2.
    expect(nextPlacement(columns, 'a', { status: 'todo', index: 1 }, 'down')).toEqual({
      status: 'todo',
      index: 2,
    });
    expect(nextPlacement(columns, 'a', { status: 'todo', index: 2 }, 'down')).toEqual({
      status: 'todo',
      index: 2,
    });
  });

  it('moves across columns at the same height, or the lowest the column allows', () => {
    // c is third in To do; Doing has one other step, so c can go at most second there.
    expect(nextPlacement(columns, 'c', { status: 'todo', index: 2 }, 'right')).toEqual({
      status: 'doing',
      index: 1,
    });
    expect(nextPlacement(columns, 'c', { status: 'todo', index: 2 }, 'left')).toEqual({
      status: 'idea',
      index: 0,
    });
    expect(nextPlacement(columns, 'a', { status: 'done', index: 1 }, 'right')).toEqual({
      status: 'dropped',
      index: 0,
    });
  });

  it('stays at the edges of the board', () => {
    expect(nextPlacement(columns, 'a', { status: 'idea', index: 0 }, 'left')).toEqual({
      status: 'idea',
      index: 0,
    });
    expect(nextPlacement(columns, 'a', { status: 'dropped', index: 0 }, 'right')).toEqual({
      status: 'dropped',
      index: 0,
    });
  });
});

describe('moveTo', () => {
  it('names the step to go before, or none for the end of the column', () => {
    expect(moveTo(columns, 'a', { status: 'done', index: 1 })).toEqual({
      id: 'a',
      status: 'done',
      beforeId: 'f',
    });
    expect(moveTo(columns, 'a', { status: 'done', index: 2 })).toEqual({
      id: 'a',
      status: 'done',
      beforeId: null,
    });
    // Down one place in its own column: after b, so before c.
    expect(moveTo(columns, 'a', { status: 'todo', index: 1 })).toEqual({
      id: 'a',
      status: 'todo',
      beforeId: 'c',
    });
    expect(moveTo(columns, 'a', { status: 'todo', index: 2 })).toEqual({
      id: 'a',
      status: 'todo',
      beforeId: null,
    });
  });

  it('is null when the step would stay where it is', () => {
    expect(moveTo(columns, 'b', { status: 'todo', index: 1 })).toBeNull();
  });
});

describe('neighbourOf', () => {
  it('goes up and down the column', () => {
    expect(neighbourOf(columns, 'b', 'up')?.id).toBe('a');
    expect(neighbourOf(columns, 'b', 'down')?.id).toBe('c');
    expect(neighbourOf(columns, 'a', 'up')).toBeNull();
  });

  it('skips empty columns and keeps the height where it can', () => {
    expect(neighbourOf(columns, 'c', 'right')?.id).toBe('d');
    expect(neighbourOf(columns, 'b', 'right')?.id).toBe('d');
    expect(neighbourOf(columns, 'd', 'right')?.id).toBe('e');
    expect(neighbourOf(columns, 'a', 'left')).toBeNull();
    expect(neighbourOf(columns, 'f', 'right')).toBeNull();
    expect(neighbourOf(columns, 'f', 'left')?.id).toBe('d');
  });
});

import { describe, expect, it } from 'vitest';
import { levelChanges, stepsDoneBetween, targetsReachedBetween } from '@shared/calc/compare';

// Between 15 January and 20 February: a rises 1 → 2, b falls 3 → 2, c is first rated (no change),
// d stays at 2.
const scores = [
  { date: '2026-01-01', dimensionId: 'a', level: 1 },
  { date: '2026-02-01', dimensionId: 'a', level: 2 },
  { date: '2026-03-01', dimensionId: 'a', level: 3 },
  { date: '2026-01-01', dimensionId: 'b', level: 3 },
  { date: '2026-02-15', dimensionId: 'b', level: 2 },
  { date: '2026-02-10', dimensionId: 'c', level: 1 },
  { date: '2026-01-01', dimensionId: 'd', level: 2 },
  { date: '2026-02-01', dimensionId: 'd', level: 2 },
];
const from = '2026-01-15';
const to = '2026-02-20';

describe('levelChanges', () => {
  it('lists the levels up and down between the two days', () => {
    expect(levelChanges(scores, from, to)).toEqual({
      up: [{ dimensionId: 'a', from: 1, to: 2 }],
      down: [{ dimensionId: 'b', from: 3, to: 2 }],
    });
  });
});

describe('stepsDoneBetween', () => {
  it('counts the steps done after the first day, up to and including the last', () => {
    const steps = [
      { status: 'done', doneDate: '2026-01-15' },
      { status: 'done', doneDate: '2026-02-01' },
      { status: 'done', doneDate: '2026-02-20' },
      { status: 'done', doneDate: '2026-02-21' },
      { status: 'doing', doneDate: null },
    ];
    expect(stepsDoneBetween(steps, from, to)).toBe(2);
  });
});

describe('targetsReachedBetween', () => {
  it('lists the targets below their level on the first day and at it on the last', () => {
    const targets = [
      { id: 't1', dimensionId: 'a', baselineLevel: 1, targetLevel: 2 },
      // Already there on the first day, then lost: not reached in between.
      { id: 't2', dimensionId: 'b', baselineLevel: 2, targetLevel: 3 },
      // First rated in between: it starts from its baseline.
      { id: 't3', dimensionId: 'c', baselineLevel: 0, targetLevel: 1 },
      // Never rated, set at its baseline: reached all along, not in between.
      { id: 't4', dimensionId: 'e', baselineLevel: 2, targetLevel: 2 },
    ];
    expect(targetsReachedBetween(targets, scores, from, to).map((t) => t.id)).toEqual(['t1', 't3']);
  });
});

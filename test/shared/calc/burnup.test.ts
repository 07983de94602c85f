import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burnUp, stepAddedOn } from '@shared/calc/burnup';
import { addDays } from '@shared/dates';

const step = (status: string, createdAt: string, dates: { startDate?: string; doneDate?: string } = {}) => ({
  status,
  createdAt,
  startDate: dates.startDate ?? null,
  doneDate: dates.doneDate ?? null,
});

describe('stepAddedOn', () => {
  it('is the day the step was written down, or an earlier day it started or was done on', () => {
    expect(stepAddedOn(step('todo', '2026-02-01T09:30:00.000Z'))).toBe('2026-02-01');
    expect(stepAddedOn(step('doing', '2026-02-01T09:30:00.000Z', { startDate: '2026-01-10' }))).toBe(
      '2026-01-10',
    );
    // Imported from a register in March, done in January.
    expect(stepAddedOn(step('done', '2026-03-01T09:30:00.000Z', { doneDate: '2026-01-12' }))).toBe(
      '2026-01-12',
    );
  });
});

describe('burnUp', () => {
  const steps = [
    step('done', '2026-01-05T08:00:00.000Z', { doneDate: '2026-01-20' }),
    step('doing', '2026-01-05T08:00:00.000Z', { startDate: '2026-01-10' }),
    step('todo', '2026-02-01T08:00:00.000Z'),
    step('dropped', '2026-01-05T08:00:00.000Z'),
    step('done', '2026-03-01T08:00:00.000Z', { doneDate: '2026-01-12' }),
  ];

  it('counts, week by week, the steps done against the steps in the plan (dropped ones left out)', () => {
    // Added: 5 Jan (two), 12 Jan (the imported one, done that day), 1 Feb. Done: 12 Jan, 20 Jan.
    expect(burnUp(steps, '2026-01-05', '2026-02-03')).toEqual([
      { date: '2026-01-05', done: 0, total: 2 },
      { date: '2026-01-12', done: 1, total: 3 },
      { date: '2026-01-19', done: 1, total: 3 },
      { date: '2026-01-26', done: 2, total: 3 },
      { date: '2026-02-02', done: 2, total: 4 },
      { date: '2026-02-03', done: 2, total: 4 },
    ]);
  });

  it('has a single point when the period is a day or less, and none of nothing', () => {
    expect(burnUp(steps, '2026-02-03', '2026-02-03')).toEqual([{ date: '2026-02-03', done: 2, total: 4 }]);
    expect(burnUp([], '2026-03-10', '2026-03-01')).toEqual([{ date: '2026-03-01', done: 0, total: 0 }]);
  });
});

describe('burnUp, for any steps', () => {
  const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-01-01', n));
  const anyStep = fc.record({
    status: fc.constantFrom('idea', 'todo', 'doing', 'done', 'dropped'),
    createdAt: day.map((d) => `${d}T10:00:00.000Z`),
    startDate: fc.option(day),
    doneDate: fc.option(day),
  });

  it('counts what counting the steps again for each point counts', () => {
    fc.assert(
      fc.property(fc.array(anyStep, { maxLength: 60 }), day, day, (steps, from, to) => {
        const kept = steps.filter((s) => s.status !== 'dropped');
        for (const point of burnUp(steps, from, to)) {
          expect(point.total).toBe(kept.filter((s) => stepAddedOn(s) <= point.date).length);
          expect(point.done).toBe(
            kept.filter((s) => s.status === 'done' && s.doneDate !== null && s.doneDate <= point.date).length,
          );
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isOverdue, tooBigReasons } from '@shared/calc/steps';

const limits = { maxStepEffortDays: 5, maxStepSpanDays: 14 };

describe('tooBigReasons (the small-step rule)', () => {
  it('accepts a step at the limits', () => {
    expect(tooBigReasons({ effortDays: 5, startDate: '2026-03-02', dueDate: '2026-03-16' }, limits)).toEqual(
      [],
    );
  });

  it('flags more than 5 days of effort', () => {
    expect(tooBigReasons({ effortDays: 5.5, startDate: null, dueDate: null }, limits)).toEqual(['effort']);
  });

  it('flags more than two weeks from start to due', () => {
    // 2 March to 17 March is 15 days.
    expect(tooBigReasons({ effortDays: 1, startDate: '2026-03-02', dueDate: '2026-03-17' }, limits)).toEqual([
      'span',
    ]);
  });

  it('gives both reasons, and uses the plan’s own limits', () => {
    const strict = { maxStepEffortDays: 2, maxStepSpanDays: 7 };
    expect(tooBigReasons({ effortDays: 3, startDate: '2026-03-02', dueDate: '2026-03-10' }, strict)).toEqual([
      'effort',
      'span',
    ]);
  });

  it('does not judge what is not filled in', () => {
    expect(tooBigReasons({ effortDays: null, startDate: null, dueDate: '2027-01-01' }, limits)).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('is true for open steps past their due date only', () => {
    expect(isOverdue({ status: 'todo', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'doing', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'idea', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'todo', dueDate: null }, '2026-03-02')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { momentum, type MomentumInput } from '@shared/calc/momentum';

const plan = { status: 'active', startDate: '2026-01-05', reviewCadenceDays: 28 };
const done = (doneDate: string, effortDays: number | null = 1) => ({ status: 'done', doneDate, effortDays });

const input = (overrides: Partial<MomentumInput>): MomentumInput => ({
  today: '2026-06-01',
  plan,
  steps: [],
  reviewDates: [],
  ...overrides,
});

describe('momentum', () => {
  it('counts steps done per week over the last 8 weeks and the quick-win share', () => {
    const m = momentum(
      input({
        // 8 weeks before 1 June is 6 April: the step done on 1 April is outside the window.
        steps: [done('2026-04-01', 3), done('2026-05-04', 1), done('2026-05-20', 0.5), done('2026-05-28', 2)],
        reviewDates: ['2026-05-25'],
      }),
    );
    expect(m.stepsDonePerWeek).toBe(3 / 8);
    expect(m.quickWinShare).toBe(2 / 4);
    expect(m.daysSinceLastDone).toBe(4);
    expect(m.nextReviewDue).toBe('2026-06-22');
    expect(m.reviewOverdue).toBe(false);
    expect(m.stalling).toBe(false);
  });

  it('calls a plan stalling after three weeks without a step done', () => {
    const m = momentum(input({ steps: [done('2026-05-10')], reviewDates: ['2026-05-25'] }));
    expect(m.daysSinceLastDone).toBe(22);
    expect(m.stalling).toBe(true);
  });

  it('calls a plan stalling when its review is overdue', () => {
    // Last review 1 May + 28 days = 29 May, before 1 June.
    const m = momentum(input({ steps: [done('2026-05-30')], reviewDates: ['2026-05-01'] }));
    expect(m.reviewOverdue).toBe(true);
    expect(m.stalling).toBe(true);
  });

  it('counts the cadence from the plan start before the first review', () => {
    const m = momentum(input({ today: '2026-01-20', steps: [] }));
    expect(m.nextReviewDue).toBe('2026-02-02');
    expect(m.daysSinceLastDone).toBeNull();
    expect(m.quickWinShare).toBeNull();
    expect(m.stalling).toBe(false);
  });

  it('never calls a plan that is not active stalling', () => {
    const m = momentum(input({ plan: { ...plan, status: 'on-hold' }, steps: [] }));
    expect(m.reviewOverdue).toBe(true);
    expect(m.stalling).toBe(false);
  });
});

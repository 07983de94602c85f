import { describe, expect, it } from 'vitest';
import { targetOutlook } from '@shared/calc/outlook';

const today = '2026-03-10';
const planStart = '2026-01-15';
const target = { baselineLevel: 1, targetLevel: 3, targetDate: '2026-04-30' };

describe('targetOutlook', () => {
  it('tells where a target stands and when both paces reach it', () => {
    const outlook = targetOutlook({
      target,
      history: [
        { date: '2025-10-01', level: 0 },
        { date: '2026-01-01', level: 1 },
        { date: '2026-01-31', level: 2 },
        { date: '2026-03-02', level: 2 },
        // After today: not known yet.
        { date: '2026-04-01', level: 3 },
      ],
      steps: [
        { status: 'done', doneDate: '2026-02-10' },
        { status: 'done', doneDate: '2026-03-01' },
        { status: 'todo', doneDate: null },
        { status: 'doing', doneDate: null },
      ],
      planStart,
      today,
    });
    // The pace starts from the last level before the plan (1 on 1 January): levels 1, 2, 2 on days 0,
    // 30, 60 fit 7/6 + x/60, which reaches 3 on day 110, 21 April. Steps: 2 done in the 54 days since
    // 15 January, 2 open left: 54 more days, 3 May. 3 May is after 30 April, but within a month of it.
    expect(outlook).toEqual({
      current: 2,
      currentDate: '2026-03-02',
      progress: 0.5,
      forecastFromTrend: '2026-04-21',
      forecastFromSteps: '2026-05-03',
      status: 'at-risk',
      pace: [
        { date: '2026-01-01', level: 1 },
        { date: '2026-01-31', level: 2 },
        { date: '2026-03-02', level: 2 },
      ],
    });
  });

  it('starts at the baseline with no assessment yet, with no forecast', () => {
    expect(targetOutlook({ target, history: [], steps: [], planStart, today })).toMatchObject({
      current: null,
      currentDate: null,
      progress: 0,
      forecastFromTrend: null,
      forecastFromSteps: null,
      status: 'at-risk',
    });
  });

  it('counts a target already reached at baseline as reached, even before any assessment', () => {
    const atBaseline = { baselineLevel: 3, targetLevel: 3, targetDate: '2026-04-30' };
    expect(targetOutlook({ target: atBaseline, history: [], steps: [], planStart, today })).toMatchObject({
      progress: 1,
      status: 'reached',
    });
  });

  it('is off track once the target date has passed below the level', () => {
    const late = { ...target, targetDate: '2026-03-01' };
    const history = [{ date: '2026-02-01', level: 2 }];
    expect(targetOutlook({ target: late, history, steps: [], planStart, today })).toMatchObject({
      current: 2,
      progress: 0.5,
      status: 'off-track',
    });
  });

  it('has no forecast from steps once they are all done and the level is still short', () => {
    const outlook = targetOutlook({
      target,
      history: [{ date: '2026-02-01', level: 2 }],
      steps: [{ status: 'done', doneDate: '2026-03-01' }],
      planStart,
      today,
    });
    expect(outlook).toMatchObject({ forecastFromSteps: null, status: 'at-risk' });
  });

  it('has no trend from a single assessment', () => {
    const outlook = targetOutlook({
      target,
      history: [{ date: '2026-02-01', level: 2 }],
      steps: [],
      planStart,
      today,
    });
    expect(outlook).toMatchObject({ current: 2, forecastFromTrend: null, status: 'at-risk' });
  });
});

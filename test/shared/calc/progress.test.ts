import { describe, expect, it } from 'vitest';
import {
  currentLevelAt,
  historySince,
  planProgress,
  progressByAxis,
  targetProgress,
} from '@shared/calc/progress';

describe('currentLevelAt', () => {
  const history = [
    { date: '2026-01-15', level: 1 },
    { date: '2026-04-15', level: 2 },
    { date: '2026-07-15', level: 3 },
  ];

  it('takes the latest assessment on or before the day', () => {
    expect(currentLevelAt(history, '2026-05-01')).toBe(2);
    expect(currentLevelAt(history, '2026-07-15')).toBe(3);
  });

  it('is null before the first assessment', () => {
    expect(currentLevelAt(history, '2026-01-14')).toBeNull();
    expect(currentLevelAt([], '2026-01-14')).toBeNull();
  });

  it('does not depend on the order of the history', () => {
    expect(currentLevelAt([...history].reverse(), '2026-12-31')).toBe(3);
  });
});

describe('targetProgress', () => {
  it('is the share of the way from baseline to target', () => {
    // Baseline 1, target 4, now at 2: one level of three → 1/3.
    expect(targetProgress({ baselineLevel: 1, targetLevel: 4 }, 2)).toBeCloseTo(1 / 3);
  });

  it('is clamped to [0, 1]', () => {
    expect(targetProgress({ baselineLevel: 2, targetLevel: 3 }, 5)).toBe(1);
    expect(targetProgress({ baselineLevel: 2, targetLevel: 3 }, 1)).toBe(0);
  });

  it('takes the baseline when there is no assessment yet', () => {
    expect(targetProgress({ baselineLevel: 2, targetLevel: 3 }, null)).toBe(0);
  });

  it('counts a target set at its baseline as reached once the level is there', () => {
    expect(targetProgress({ baselineLevel: 3, targetLevel: 3 }, 3)).toBe(1);
    expect(targetProgress({ baselineLevel: 3, targetLevel: 3 }, 2)).toBe(0);
  });
});

describe('planProgress', () => {
  it('is the mean of its targets', () => {
    // (1/3 + 1 + 0) / 3 = 4/9.
    expect(planProgress([1 / 3, 1, 0])).toBeCloseTo(4 / 9);
  });

  it('is null without targets', () => {
    expect(planProgress([])).toBeNull();
  });
});

describe('progressByAxis', () => {
  const dimensions = [
    { id: 'sla', axisId: 'control' },
    { id: 'contract', axisId: 'control' },
    { id: 'survey', axisId: 'satisfaction' },
    { id: 'budget', axisId: 'money' },
  ];

  it('averages the targets of each axis, leaving out axes without one', () => {
    // Control: (1/3 + 1) / 2 = 2/3; satisfaction: 0.5; money has no target.
    expect(
      progressByAxis(
        [
          { dimensionId: 'sla', progress: 1 / 3 },
          { dimensionId: 'contract', progress: 1 },
          { dimensionId: 'survey', progress: 0.5 },
        ],
        dimensions,
        ['satisfaction', 'control', 'money'],
      ),
    ).toEqual([
      { axisId: 'satisfaction', progress: 0.5 },
      { axisId: 'control', progress: 2 / 3 },
    ]);
  });
});

describe('historySince', () => {
  it('keeps the assessments from the day on, and the last one before it', () => {
    const history = [
      { date: '2026-03-01', level: 2 },
      { date: '2025-11-01', level: 1 },
      { date: '2026-01-01', level: 1 },
    ];
    expect(historySince(history, '2026-02-01')).toEqual([
      { date: '2026-01-01', level: 1 },
      { date: '2026-03-01', level: 2 },
    ]);
  });

  it('keeps the last one alone when none is newer, and nothing from nothing', () => {
    expect(historySince([{ date: '2025-11-01', level: 1 }], '2026-02-01')).toEqual([
      { date: '2025-11-01', level: 1 },
    ]);
    expect(historySince([], '2026-02-01')).toEqual([]);
  });
});

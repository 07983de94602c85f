import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/dates';
import {
  fitTrend,
  forecastFromSteps,
  forecastHorizonDays,
  forecastFromTrend,
  levelOnTrend,
  levelSums,
  targetStatus,
} from '@shared/calc/forecast';

describe('fitTrend', () => {
  it('fits a straight line by least squares', () => {
    // Levels 1, 2, 2 on days 0, 30, 60: mean x 30, mean y 5/3; sxy = (−30)(−2/3) + 0 + 30(1/3) = 30,
    // sxx = 1800, slope = 1/60 a day; intercept 5/3 − 30/60 = 7/6.
    const trend = fitTrend([
      { date: '2026-01-01', level: 1 },
      { date: '2026-01-31', level: 2 },
      { date: '2026-03-02', level: 2 },
    ]);
    expect(trend?.slopePerDay).toBeCloseTo(1 / 60);
    expect(trend?.intercept).toBeCloseTo(7 / 6);
    expect(levelOnTrend(trend!, '2026-03-02')).toBeCloseTo(7 / 6 + 1);
  });

  it('measures the days from the earliest date, in whatever order the points come', () => {
    const trend = fitTrend([
      { date: '2026-03-02', level: 2 },
      { date: '2026-01-01', level: 1 },
      { date: '2026-01-31', level: 2 },
    ]);
    expect(trend?.origin).toBe('2026-01-01');
    expect(trend?.slopePerDay).toBeCloseTo(1 / 60);
    expect(trend?.intercept).toBeCloseTo(7 / 6);
  });

  it('needs two different dates', () => {
    expect(fitTrend([])).toBeNull();
    expect(fitTrend([{ date: '2026-01-01', level: 1 }])).toBeNull();
    expect(
      fitTrend([
        { date: '2026-01-01', level: 1 },
        { date: '2026-01-01', level: 2 },
      ]),
    ).toBeNull();
  });
});

describe('levelSums', () => {
  it('adds up the levels with their days from the earliest, whole numbers a database can keep', () => {
    expect(
      levelSums([
        { date: '2026-01-31', level: 2 },
        { date: '2026-01-01', level: 1 },
        { date: '2026-03-02', level: 2 },
      ]),
    ).toEqual({ origin: '2026-01-01', count: 3, sumX: 90, sumY: 5, sumXX: 4500, sumXY: 180 });
    expect(levelSums([])).toBeNull();
  });
});

describe('forecastFromTrend', () => {
  const rising = [
    { date: '2026-01-01', level: 1 },
    { date: '2026-01-31', level: 2 },
    { date: '2026-03-02', level: 2 },
  ];

  it('gives the day the trend reaches the target', () => {
    // Level 3 at 7/6 + x/60 = 3 → x = 110 days after 1 January: 21 April.
    expect(forecastFromTrend(rising, 3, '2026-03-10')).toBe('2026-04-21');
  });

  it('gives the same day from the sums of the levels as from the levels', () => {
    expect(forecastFromTrend(levelSums(rising), 3, '2026-03-10')).toBe('2026-04-21');
    expect(forecastFromTrend(null, 3, '2026-03-10')).toBeNull();
  });

  it('lands on the exact day when the trend reaches the target on a whole day', () => {
    // Levels 1, 2, 2 on days 0, 2, 5: level = (47 + 7x) / 38, which is 4 on day 15 exactly. Worked out
    // in floating point (a slope of 0.1842…), it came to 15.000000000000004 and rounded up to day 16.
    const points = [
      { date: '2026-01-01', level: 1 },
      { date: '2026-01-03', level: 2 },
      { date: '2026-01-06', level: 2 },
    ];
    expect(forecastFromTrend(points, 4, '2026-01-06')).toBe('2026-01-16');
  });

  it('gives today when the trend is already past the target', () => {
    expect(forecastFromTrend(rising, 2, '2026-03-10')).toBe('2026-03-10');
  });

  it('is null when the trend is flat or falling, or there is a single point', () => {
    expect(
      forecastFromTrend(
        [
          { date: '2026-01-01', level: 2 },
          { date: '2026-02-01', level: 2 },
        ],
        3,
        '2026-03-10',
      ),
    ).toBeNull();
    expect(forecastFromTrend([{ date: '2026-01-01', level: 2 }], 3, '2026-03-10')).toBeNull();
  });

  it('is null when the trend rises too little to get there within the horizon', () => {
    // Level 2 for 119 days, then 2.0001 a day later: about 2e-8 a level a day, a million centuries to go.
    const barely = [
      { date: '2026-01-01', level: 2 },
      { date: '2026-04-30', level: 2 },
      { date: '2026-05-01', level: 2.0001 },
    ];
    expect(forecastFromTrend(barely, 3, '2026-05-10')).toBeNull();
    // Rising one level in 99 years still gives the day.
    const slow = [
      { date: '2026-01-01', level: 2 },
      { date: addDays('2026-01-01', 99 * 365), level: 3 },
    ];
    expect(forecastFromTrend(slow, 3, '2026-05-10')).toBe(addDays('2026-01-01', 99 * 365));
    expect(forecastHorizonDays).toBe(36_500);
  });
});

describe('forecastFromSteps', () => {
  const since = '2026-01-01';
  const today = '2026-03-02'; // 60 days later

  it('projects the open steps at the pace of the steps done', () => {
    // 3 done in 60 days = 1 per 20 days; 2 open (the dropped one does not count) → 40 days: 11 April.
    const steps = [
      { status: 'done', doneDate: '2026-01-20' },
      { status: 'done', doneDate: '2026-02-10' },
      { status: 'done', doneDate: '2026-02-28' },
      { status: 'todo', doneDate: null },
      { status: 'doing', doneDate: null },
      { status: 'dropped', doneDate: null },
    ];
    expect(forecastFromSteps(steps, since, today)).toBe('2026-04-11');
  });

  it('is null before any step is done, and the last done day when none is left', () => {
    expect(forecastFromSteps([{ status: 'todo', doneDate: null }], since, today)).toBeNull();
    expect(
      forecastFromSteps(
        [
          { status: 'done', doneDate: '2026-02-10' },
          { status: 'done', doneDate: '2026-01-10' },
        ],
        since,
        today,
      ),
    ).toBe('2026-02-10');
  });
});

describe('targetStatus', () => {
  const base = { targetLevel: 3, targetDate: '2026-06-30', today: '2026-03-10' };

  it('is reached once the level is there, even at baseline or after the date', () => {
    expect(targetStatus({ ...base, current: 3, forecasts: [] })).toBe('reached');
    expect(targetStatus({ ...base, today: '2026-09-01', current: 4, forecasts: [] })).toBe('reached');
  });

  it('is on track when every forecast is on time', () => {
    expect(targetStatus({ ...base, current: 2, forecasts: ['2026-05-01', '2026-06-30'] })).toBe('on-track');
  });

  it('is at risk when a forecast is late by up to a month, or there is no forecast yet', () => {
    expect(targetStatus({ ...base, current: 2, forecasts: ['2026-05-01', '2026-09-01'] })).toBe('at-risk');
    expect(targetStatus({ ...base, current: 2, forecasts: ['2026-07-30'] })).toBe('at-risk');
    expect(targetStatus({ ...base, current: null, forecasts: [null, null] })).toBe('at-risk');
  });

  it('is off track when the forecasts are later, or the date has passed', () => {
    expect(targetStatus({ ...base, current: 2, forecasts: ['2026-07-31'] })).toBe('off-track');
    expect(targetStatus({ ...base, today: '2026-07-01', current: 2, forecasts: ['2026-07-01'] })).toBe(
      'off-track',
    );
  });
});

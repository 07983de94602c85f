import { describe, expect, it } from 'vitest';
import { axisSeries, chartRows, dimensionSeries, forecastLine, groupSeries } from '@shared/calc/trends';

const scores = [
  { date: '2026-02-01', dimensionId: 'a', level: 2 },
  { date: '2026-01-01', dimensionId: 'a', level: 1 },
  { date: '2026-01-01', dimensionId: 'b', level: 3 },
  { date: '2026-03-01', dimensionId: 'b', level: 4 },
  { date: '2026-03-01', dimensionId: 'c', level: 0 },
];

describe('dimensionSeries', () => {
  it('orders each dimension’s levels by date', () => {
    expect(dimensionSeries(scores).get('a')).toEqual([
      { date: '2026-01-01', level: 1 },
      { date: '2026-02-01', level: 2 },
    ]);
  });
});

describe('groupSeries', () => {
  it('averages the group on each date, carrying each dimension’s latest level forward', () => {
    // 1 Jan: a 1, b 3 → 2. 1 Feb: a 2, b 3 → 2.5. 1 Mar: a 2, b 4 → 3 (c is not in the group).
    expect(groupSeries(scores, ['a', 'b'])).toEqual([
      { date: '2026-01-01', level: 2 },
      { date: '2026-02-01', level: 2.5 },
      { date: '2026-03-01', level: 3 },
    ]);
  });

  it('leaves dimensions not rated yet out of the mean', () => {
    expect(groupSeries(scores, ['b', 'c'])).toEqual([
      { date: '2026-01-01', level: 3 },
      { date: '2026-03-01', level: 2 },
    ]);
  });

  it('counts the later of two scores of a dimension on the same day', () => {
    const sameDay = [
      { date: '2026-01-01', dimensionId: 'a', level: 4 },
      { date: '2026-01-01', dimensionId: 'b', level: 2 },
      { date: '2026-01-01', dimensionId: 'a', level: 0 },
    ];
    expect(groupSeries(sameDay, ['a', 'b'])).toEqual([{ date: '2026-01-01', level: 1 }]);
  });
});

describe('axisSeries', () => {
  it('gives each axis the mean of its dimensions, and leaves out axes never rated', () => {
    // Axis x holds a and b (as groupSeries above); axis y holds c alone; axis z holds nothing rated.
    const dimensions = [
      { id: 'a', axisId: 'x' },
      { id: 'b', axisId: 'x' },
      { id: 'c', axisId: 'y' },
      { id: 'd', axisId: 'z' },
    ];
    expect(axisSeries(scores, dimensions, ['y', 'x', 'z'])).toEqual([
      { axisId: 'y', points: [{ date: '2026-03-01', level: 0 }] },
      {
        axisId: 'x',
        points: [
          { date: '2026-01-01', level: 2 },
          { date: '2026-02-01', level: 2.5 },
          { date: '2026-03-01', level: 3 },
        ],
      },
    ]);
  });
});

describe('forecastLine', () => {
  const actual = [
    { date: '2026-03-01', level: 2 },
    { date: '2026-01-01', level: 1 },
  ];

  it('runs from the latest assessment to the target level on the forecast day', () => {
    expect(forecastLine(actual, 4, '2026-09-01')).toEqual([
      { date: '2026-03-01', level: 2 },
      { date: '2026-09-01', level: 4 },
    ]);
  });

  it('is empty without a forecast, without an assessment, once reached, or with a forecast behind', () => {
    expect(forecastLine(actual, 4, null)).toEqual([]);
    expect(forecastLine([], 4, '2026-09-01')).toEqual([]);
    expect(forecastLine(actual, 2, '2026-09-01')).toEqual([]);
    expect(forecastLine(actual, 4, '2026-03-01')).toEqual([]);
  });
});

describe('chartRows', () => {
  it('merges series into one row a day, each level under its series', () => {
    const rows = chartRows({
      actual: [
        { date: '2026-03-01', level: 2 },
        { date: '2026-01-01', level: 1 },
      ],
      forecast: [
        { date: '2026-03-01', level: 2 },
        { date: '2026-06-01', level: 3 },
      ],
    });
    expect(rows).toEqual([
      { date: '2026-01-01', time: Date.UTC(2026, 0, 1), levels: { actual: 1 } },
      { date: '2026-03-01', time: Date.UTC(2026, 2, 1), levels: { actual: 2, forecast: 2 } },
      { date: '2026-06-01', time: Date.UTC(2026, 5, 1), levels: { forecast: 3 } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { dimensionSeries, groupSeries } from '@shared/calc/trends';

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
});

import { describe, expect, it } from 'vitest';
import { reportRadars } from '@shared/calc/report';

const point = (dimensionId: string, targeted = false) => ({ dimensionId, targeted });
const axisOf = (dimensionId: string) => dimensionId.slice(0, 1);

describe('the report radars', () => {
  it('keep the one radar of a small model, every dimension as context', () => {
    const radars = [{ axisIds: ['a', 'b'], points: [point('a1', true), point('a2'), point('b1')] }];
    expect(reportRadars(radars, axisOf)).toEqual({ radars, ofTargets: false });
  });

  it('draw one radar of the targeted dimensions when the model needs several', () => {
    // Three radars of a large model; four targets, on axes a and c: one radar of those four.
    const radars = [
      { axisIds: ['a'], points: [point('a1', true), point('a2'), point('a3', true)] },
      { axisIds: ['b'], points: [point('b1'), point('b2'), point('b3')] },
      { axisIds: ['c'], points: [point('c1', true), point('c2', true), point('c3')] },
    ];
    expect(reportRadars(radars, axisOf)).toEqual({
      radars: [
        {
          axisIds: ['a', 'c'],
          points: [point('a1', true), point('a3', true), point('c1', true), point('c2', true)],
        },
      ],
      ofTargets: true,
    });
  });

  it('keep every radar when too few dimensions are targeted to draw one', () => {
    const radars = [
      { axisIds: ['a'], points: [point('a1', true), point('a2'), point('a3')] },
      { axisIds: ['b'], points: [point('b1', true), point('b2'), point('b3')] },
    ];
    expect(reportRadars(radars, axisOf)).toEqual({ radars, ofTargets: false });
  });
});

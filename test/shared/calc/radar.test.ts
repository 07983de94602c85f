import { describe, expect, it } from 'vitest';
import { radarGroups } from '@shared/calc/radar';
import { itil4Model } from '@shared/reference';

const dimensions = (axisId: string, count: number, retired = false) =>
  Array.from({ length: count }, (_, i) => ({ id: `${axisId}${i + 1}`, axisId, retired }));

describe('radarGroups', () => {
  it('draws a small model on one radar, without its retired dimensions', () => {
    const groups = radarGroups(
      [{ id: 'a' }, { id: 'b' }, { id: 'empty' }],
      [...dimensions('a', 3), ...dimensions('b', 2), { id: 'old', axisId: 'b', retired: true }],
    );
    expect(groups).toEqual([{ axisIds: ['a', 'b'], dimensionIds: ['a1', 'a2', 'a3', 'b1', 'b2'] }]);
  });

  it('gives a large model one radar per axis, an axis under three dimensions joining the next', () => {
    // 9 + 2 + 8 + 1 = 20 dimensions, more than 18: b (2) joins c; d (1), the last, joins b and c.
    const groups = radarGroups(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      [...dimensions('a', 9), ...dimensions('b', 2), ...dimensions('c', 8), ...dimensions('d', 1)],
    );
    expect(groups.map((g) => [g.axisIds, g.dimensionIds.length])).toEqual([
      [['a'], 9],
      [['b', 'c', 'd'], 11],
    ]);
  });

  it('reads the 34 ITIL 4 practices on three radars, one per group of practices', () => {
    const axes = itil4Model.axes.map((axis) => ({ id: axis.key }));
    const all = itil4Model.axes.flatMap((axis) =>
      axis.dimensions.map((d) => ({ id: d.key, axisId: axis.key, retired: false })),
    );
    expect(all).toHaveLength(34);
    expect(radarGroups(axes, all).map((g) => g.dimensionIds.length)).toEqual([14, 17, 3]);
  });

  it('has nothing to draw for a model without dimensions', () => {
    expect(radarGroups([{ id: 'a' }], [])).toEqual([]);
  });
});

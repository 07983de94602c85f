import { describe, expect, it } from 'vitest';
import {
  dayScale,
  linearScale,
  pathOf,
  radarPoint,
  radarShape,
  spreadLabels,
  timeDomain,
} from '@shared/calc/chartGeometry';

const center = { x: 100, y: 100 };

describe('scales', () => {
  it('map a level onto a chart whose y grows downwards', () => {
    // Levels 0 to 4 over 200 pixels, 0 at the bottom: level 1 is a quarter up, at 150.
    const y = linearScale([0, 4], [200, 0]);
    expect(y(1)).toBe(150);
    expect(y(4)).toBe(0);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('map days onto x by whole days', () => {
    // 10 days over 100 pixels: the 6th of January is 5 days in, at 50.
    const x = dayScale('2026-01-01', '2026-01-11', [0, 100]);
    expect(x('2026-01-06')).toBe(50);
    expect(x('2026-01-11')).toBe(100);
  });
});

describe('radar', () => {
  it('puts spoke 0 straight up and goes round clockwise', () => {
    // Four spokes, scale 0–4, radius 100: level 2 up is 50 above the centre, level 4 right is on the ring.
    const at = (index: number, value: number) => radarPoint(index, 4, value, 4, 100, center);
    expect(at(0, 2)).toEqual({ x: 100, y: 50 });
    const right = at(1, 4);
    expect([right.x, right.y]).toEqual([200, 100]);
    const down = at(2, 1);
    expect([Math.round(down.x), down.y]).toEqual([100, 125]);
    const left = at(3, 3);
    expect([left.x, Math.round(left.y)]).toEqual([25, 100]);
  });

  it('closes a series whose values are all known', () => {
    const shape = radarShape([2, 4, 1, 3], 4, 100, center);
    expect(shape.closed).toBe(true);
    expect(pathOf(shape.runs[0]!, shape.closed)).toBe('M100 50 L200 100 L100 125 L25 100 Z');
  });

  it('leaves a gap where a dimension is not rated, joining the rest across spoke 0', () => {
    const shape = radarShape([2, null, 1, 3], 4, 100, center);
    expect(shape.closed).toBe(false);
    expect(shape.runs.map((run) => pathOf(run))).toEqual(['M100 125 L25 100 L100 50']);
    expect(radarShape([null, null, null], 4, 100, center)).toEqual({ runs: [], closed: false });
    expect(radarShape([1, null, 1, null], 4, 100, center).runs).toHaveLength(2);
  });
});

describe('paths', () => {
  it('round coordinates to a tenth and close only shapes', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10.04, y: 5 },
      { x: 3, y: 3.26 },
    ];
    expect(pathOf(points, true)).toBe('M0 0 L10 5 L3 3.3 Z');
    expect(pathOf(points.slice(0, 2), true)).toBe('M0 0 L10 5');
  });
});

describe('time axis', () => {
  it('spans the days given, at least a month', () => {
    expect(timeDomain(['2026-03-01', '2026-01-01', '2026-02-01'])).toEqual(['2026-01-01', '2026-03-01']);
    expect(timeDomain(['2026-01-01'])).toEqual(['2026-01-01', '2026-01-31']);
  });
});

describe('radar labels', () => {
  it('move apart where they would overlap on the same side, away from the centre', () => {
    // Centre at 100. Right side: a label at 120–144 and one at 140–152 overlap by 4 (+2 of gap): the
    // lower one moves down 6. Above the centre, 60–84 and 76–88 overlap: the upper one moves up 10.
    const moves = spreadLabels(
      [
        { top: 120, height: 24, side: 'right' },
        { top: 140, height: 12, side: 'right' },
        { top: 76, height: 12, side: 'right' },
        { top: 60, height: 24, side: 'right' },
        // On the left, nothing in its way: it stays.
        { top: 140, height: 12, side: 'left' },
      ],
      100,
      2,
    );
    expect(moves).toEqual([0, 6, 0, -10, 0]);
  });

  it('clear a label straight down from the labels of both sides', () => {
    // The bottom label (190–214) overlaps a right label (180–204) and a left one (170–194): it moves
    // below the lower of the two, to 206.
    const moves = spreadLabels(
      [
        { top: 180, height: 24, side: 'right' },
        { top: 170, height: 24, side: 'left' },
        { top: 190, height: 24, side: 'middle' },
      ],
      100,
      2,
    );
    expect(moves).toEqual([0, 0, 16]);
  });
});

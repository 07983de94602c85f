/**
 * Where the marks of the report's charts go, as numbers: the SVG components only draw what these give,
 * so that the vector charts of the printed report are checked here rather than by eye.
 */
import { addDays, daysBetween } from '../dates';

export interface Point {
  x: number;
  y: number;
}

/** Maps a value of `[d0, d1]` to `[r0, r1]` linearly; a domain of one value maps to the range's middle. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  return (value: number): number => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

/** Maps calendar days to x between `from` and `to`. */
export const dayScale = (from: string, to: string, range: readonly [number, number]) => {
  const scale = linearScale([0, daysBetween(from, to)], range);
  return (day: string): number => scale(daysBetween(from, day));
};

/**
 * The point of a radar for `value` on spoke `index` of `count`: spoke 0 points straight up and the
 * spokes go round clockwise; `maxValue` lies on the outer ring of `radius`.
 */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  maxValue: number,
  radius: number,
  center: Point,
): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = maxValue === 0 ? 0 : (radius * value) / maxValue;
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}

export interface RadarShape {
  /** Runs of consecutive known values, as points; each run is drawn as a line. */
  runs: Point[][];
  /** Every value is known: the one run is drawn closed, as a polygon. */
  closed: boolean;
}

/**
 * A series on a radar. A dimension not rated leaves a gap rather than a dent to zero: the known values
 * are joined spoke to spoke, and the shape closes only when every value is known.
 */
export function radarShape(
  values: readonly (number | null)[],
  maxValue: number,
  radius: number,
  center: Point,
): RadarShape {
  const count = values.length;
  const at = (i: number) => radarPoint(i, count, values[i] as number, maxValue, radius, center);
  if (count > 0 && values.every((v) => v !== null))
    return { runs: [values.map((_, i) => at(i))], closed: true };
  // Start after a gap, so that a run crossing spoke 0 is not cut in two.
  const start = values.findIndex((v, i) => v === null && values[(i + 1) % count] !== null);
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let k = 1; k <= count; k += 1) {
    const i = (start + k) % count;
    if (values[i] === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(at(i));
  }
  if (run.length > 0) runs.push(run);
  return { runs, closed: false };
}

/** SVG path data through points: `M x y L x y …`, closed with `Z` when asked; coordinates to 0.1. */
export function pathOf(points: readonly Point[], closed = false): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  const parts = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`);
  return `${parts.join(' ')}${closed && points.length > 2 ? ' Z' : ''}`;
}

/** The days a time axis spans: from the earliest to the latest of the days given, at least a month. */
export function timeDomain(days: readonly string[]): [string, string] {
  const sorted = [...days].sort();
  const from = sorted[0] ?? '1970-01-01';
  const to = sorted.at(-1) ?? from;
  return daysBetween(from, to) < 30 ? [from, addDays(from, 30)] : [from, to];
}

export interface LabelBox {
  /** The top of the label's lines and their height, before any move. */
  top: number;
  height: number;
  /** Which way the label runs from its spoke: names at the sides clear each other only on their side. */
  side: 'left' | 'right' | 'middle';
}

/**
 * How far to move each label of a radar so that labels on the same side do not overlap: those whose
 * middle lies below `centerY` move down, those above move up, each pushed by its neighbour nearer the
 * centre. A label straight up or down (`middle`) spans both sides. Returns each label's vertical move.
 */
export function spreadLabels(boxes: readonly LabelBox[], centerY: number, gap: number): number[] {
  const moves = boxes.map(() => 0);
  for (const side of ['left', 'right'] as const) {
    const onSide = boxes
      .map((box, i) => ({ ...box, i }))
      .filter((box) => box.side === side || box.side === 'middle');
    const below = onSide.filter((box) => box.top + box.height / 2 >= centerY).sort((a, b) => a.top - b.top);
    const above = onSide
      .filter((box) => box.top + box.height / 2 < centerY)
      .sort((a, b) => b.top + b.height - (a.top + a.height));
    let floor = -Infinity;
    for (const box of below) {
      const move = Math.max(moves[box.i] as number, floor - box.top, 0);
      moves[box.i] = move;
      floor = box.top + move + box.height + gap;
    }
    let ceiling = Infinity;
    for (const box of above) {
      const move = Math.min(moves[box.i] as number, ceiling - (box.top + box.height), 0);
      moves[box.i] = move;
      ceiling = box.top + move - gap;
    }
  }
  return moves;
}

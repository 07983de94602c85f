import type { SeriesPoint } from '@shared/calc/trends';
import { sparkline } from '@shared/calc/assessmentHistory';

/** A small line of a dimension's levels over time; the table beside it says the same in words. */
export function LevelSparkline({
  points,
  minLevel,
  maxLevel,
  label,
  width = 240,
  height = 64,
}: {
  points: readonly SeriesPoint[];
  minLevel: number;
  maxLevel: number;
  label: string;
  width?: number;
  height?: number;
}) {
  const line = sparkline(points, { width, height, minLevel, maxLevel, padding: 6 });
  const last = line.dots.at(-1);
  return (
    <svg
      className="level-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <line className="level-sparkline__base" x1={6} x2={width - 6} y1={height - 6} y2={height - 6} />
      {line.path && <path className="level-sparkline__line" d={line.path} />}
      {line.dots.map((dot) => (
        <circle
          key={dot.date}
          className={dot === last ? 'level-sparkline__dot is-last' : 'level-sparkline__dot'}
          cx={dot.x}
          cy={dot.y}
          r={dot === last ? 4 : 3}
        />
      ))}
    </svg>
  );
}

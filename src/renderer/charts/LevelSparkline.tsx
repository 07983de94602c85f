import { sparkline } from '@shared/calc/assessmentHistory';
import type { SeriesPoint } from '@shared/calc/trends';
import { roles } from './palette';

const box = { width: 96, height: 28, padding: 3 };

/** A team's mean level over time in a table cell; its figures are said by `label`. */
export function LevelSparkline({
  points,
  minLevel,
  maxLevel,
  label,
}: {
  points: readonly SeriesPoint[];
  minLevel: number;
  maxLevel: number;
  label: string;
}) {
  const { path, dots } = sparkline(points, { ...box, minLevel, maxLevel });
  const last = dots.at(-1);
  return (
    <svg
      className="level-sparkline"
      width={box.width}
      height={box.height}
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {path && <path d={path} fill="none" stroke={roles.current.colour} strokeWidth={1.75} />}
      {last && <circle cx={last.x} cy={last.y} r={2.5} fill={roles.current.colour} />}
    </svg>
  );
}

import type { BaseTickContentProps } from 'recharts';
import { monthTicks, timeOf } from '@shared/calc/timeAxis';
import type { Language } from '@shared/domain/settings';
import { formatDay, formatMonth, formatNumber } from '../format';
import { axisTextColour } from './palette';

/** Axis text as every chart draws it. */
export const tickStyle = { fontSize: 12, fill: axisTextColour };

/**
 * Draws a tick's text as plain SVG text, formatted by `format`. Recharts' own tick text measures itself
 * to wrap, which a short tick never needs and which fails where nothing is laid out (tests, print).
 */
export const tickText =
  (format: (value: unknown) => string) =>
  ({ x, y, payload, textAnchor, verticalAnchor, className }: BaseTickContentProps) => (
    <text
      x={x}
      y={y}
      dy={verticalAnchor === 'start' ? '0.9em' : verticalAnchor === 'end' ? '-0.25em' : '0.35em'}
      textAnchor={textAnchor}
      className={className}
      {...tickStyle}
    >
      {format(payload.value)}
    </text>
  );

/** A time axis from `from` to `to` (days), ticked on the first day of months, labelled in the language. */
export function timeAxis(from: string, to: string, language: Language, maxTicks = 6) {
  return {
    type: 'number' as const,
    dataKey: 'time',
    scale: 'time' as const,
    domain: [timeOf(from), timeOf(to)],
    ticks: monthTicks(from, to, maxTicks).map(timeOf),
    tick: tickText((time) => formatMonth(dayOfTime(Number(time)), language)),
    stroke: axisTextColour,
    allowDataOverflow: true,
  };
}

/** A level axis over the model's whole scale, one tick a level. */
export function levelAxis(minLevel: number, maxLevel: number, language: Language) {
  return {
    type: 'number' as const,
    domain: [minLevel, maxLevel],
    ticks: Array.from({ length: maxLevel - minLevel + 1 }, (_, i) => minLevel + i),
    tick: tickText((level) => formatNumber(Number(level), language)),
    stroke: axisTextColour,
    width: 32,
    allowDecimals: false,
  };
}

/** The day of a time on the axis, for tooltips. */
export const dayOfTime = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The tooltip's heading: the day of the point under the pointer. */
export const timeLabel = (language: Language) => (time: unknown) =>
  typeof time === 'number' ? formatDay(dayOfTime(time), language) : '';

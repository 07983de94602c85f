import { useId } from 'react';
import { pathOf, radarPoint, radarShape, spreadLabels, type Point } from '@shared/calc/chartGeometry';
import type { RadarView } from '@shared/domain/dashboards';
import type { ModelDetail } from '@shared/domain/models';
import { wrapLabel } from '../../charts/labels';
import { modelNames } from '../../charts/modelNames';
import { axisTextColour, gridColour, roles } from '../../charts/palette';
import { ChartLegend } from './ChartLegend';
import { useReportText } from './reportText';

const width = 680;
const height = 390;
const center: Point = { x: width / 2, y: height / 2 };
const radius = 138;
const lineHeight = 12;
/** How far above its baseline a line of the labels' 11px text reaches. */
const ascent = 9;
/** Drawn in this order, so that the current level lies on top. */
const series = ['baseline', 'target', 'current'] as const;

/**
 * Baseline, current and target levels of the dimensions, on a radar whose rings are the model's levels.
 * Drawn as plain SVG (not the dashboard's interactive chart) so that it prints in the report's language,
 * at a fixed size; it takes the dashboards' colours and dashes.
 */
export function ReportRadar({
  radar,
  model,
  title,
}: {
  radar: RadarView;
  model: ModelDetail;
  title: string;
}) {
  const { t, language } = useReportText();
  const titleId = useId();
  const names = modelNames(model, language);
  const count = radar.points.length;
  const rings = model.levels.map((level) => level.value).filter((level) => level > 0);
  const at = (index: number, value: number) =>
    radarPoint(index, count, value, names.maxLevel, radius, center);
  if (count < 3) return null;

  // Each spoke's name, on up to three lines, placed beyond its tip and moved clear of its neighbours.
  const labels = radar.points.map((point, i) => {
    const anchor = at(i, names.maxLevel * 1.1);
    const cos = (anchor.x - center.x) / (radius * 1.1);
    const sin = (anchor.y - center.y) / (radius * 1.1);
    const lines = wrapLabel(names.dimension(point.dimensionId), count > 10 ? 18 : 22, 3);
    // Names above the radar end at the spoke's tip, those below start there: they never cross it.
    const baseline =
      anchor.y +
      (sin < -0.3
        ? -(lines.length - 1) * lineHeight - 4
        : sin > 0.3
          ? lineHeight
          : 4 - ((lines.length - 1) * lineHeight) / 2);
    // Only the spokes straight up or down are centred: the others' names stand clear to one side.
    const side = cos > 0.05 ? 'right' : cos < -0.05 ? 'left' : 'middle';
    return { point, anchor, lines, baseline, side } as const;
  });
  const moves = spreadLabels(
    labels.map(({ baseline, lines, side }) => ({
      top: baseline - ascent,
      height: lines.length * lineHeight,
      side,
    })),
    center.y,
    3,
  );
  const placed = labels.map((label, i) => ({ ...label, baseline: label.baseline + (moves[i] as number) }));
  // The picture grows to hold the names moved beyond it.
  const top = Math.min(0, ...placed.map((label) => label.baseline - ascent - 2));
  const bottom = Math.max(
    height,
    ...placed.map((label) => label.baseline + (label.lines.length - 1) * lineHeight + 4),
  );

  return (
    <figure className="report-chart-figure">
      <figcaption id={titleId}>{title}</figcaption>
      <svg
        className="report-chart"
        viewBox={`0 ${top} ${width} ${bottom - top}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
      >
        <desc id={`${titleId}-desc`}>{t('report.charts.radarLabel', { count })}</desc>
        <g stroke={gridColour} fill="none" strokeWidth={0.75}>
          {rings.map((level) => (
            <path
              key={level}
              d={pathOf(
                radar.points.map((_, i) => at(i, level)),
                true,
              )}
            />
          ))}
          {radar.points.map((point, i) => {
            const end = at(i, names.maxLevel);
            return <line key={point.dimensionId} x1={center.x} y1={center.y} x2={end.x} y2={end.y} />;
          })}
        </g>
        <g fill={axisTextColour} fontSize={10}>
          {rings.map((level) => {
            const tick = at(0, level);
            return (
              <text key={level} x={tick.x + 4} y={tick.y - 2}>
                {level}
              </text>
            );
          })}
        </g>
        {series.map((name) => {
          const shape = radarShape(
            radar.points.map((point) => point[name]),
            names.maxLevel,
            radius,
            center,
          );
          const { colour, dash } = roles[name];
          return (
            <g
              key={name}
              stroke={colour}
              strokeDasharray={dash}
              strokeWidth={name === 'current' ? 2.5 : 2}
              fill={name === 'current' && shape.closed ? colour : 'none'}
              fillOpacity={0.15}
              strokeLinejoin="round"
            >
              {shape.runs.map((run, i) => (
                <path key={i} d={pathOf(run, shape.closed)} />
              ))}
              {name === 'current' &&
                radar.points.map((point, i) => {
                  if (point.current === null) return null;
                  const dot = at(i, point.current);
                  return <circle key={point.dimensionId} cx={dot.x} cy={dot.y} r={3} fill={colour} />;
                })}
            </g>
          );
        })}
        <g fill={axisTextColour} fontSize={11}>
          {placed.map(({ point, anchor, lines, baseline, side }) => (
            <text
              key={point.dimensionId}
              x={anchor.x}
              y={baseline}
              textAnchor={side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle'}
              fontWeight={point.targeted ? 700 : 400}
            >
              {lines.map((line, k) => (
                <tspan key={k} x={anchor.x} dy={k === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
      </svg>
      <ChartLegend
        items={series.map((name) => ({ key: name, label: t(`charts.${name}`), ...roles[name] }))}
      />
    </figure>
  );
}

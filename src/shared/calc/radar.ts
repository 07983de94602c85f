/**
 * Which dimensions each radar of baseline / current / target shows. A radar reads well up to about
 * eighteen spokes: a larger model gets one radar per axis, and an axis too small to draw a polygon
 * (fewer than three dimensions) joins the next radar. Retired dimensions are no longer rated: left out.
 */

export const maxRadarSpokes = 18;
export const minRadarSpokes = 3;

export interface RadarGroup {
  axisIds: string[];
  dimensionIds: string[];
}

export function radarGroups(
  axes: readonly { id: string }[],
  dimensions: readonly { id: string; axisId: string; retired: boolean }[],
): RadarGroup[] {
  const active = dimensions.filter((d) => !d.retired);
  const perAxis = axes
    .map((axis) => ({
      axisIds: [axis.id],
      dimensionIds: active.filter((d) => d.axisId === axis.id).map((d) => d.id),
    }))
    .filter((group) => group.dimensionIds.length > 0);
  if (perAxis.length === 0) return [];
  if (active.length <= maxRadarSpokes) {
    return [
      { axisIds: perAxis.flatMap((g) => g.axisIds), dimensionIds: perAxis.flatMap((g) => g.dimensionIds) },
    ];
  }
  const merged: RadarGroup[] = [];
  for (const group of perAxis) {
    const previous = merged.at(-1);
    if (previous && previous.dimensionIds.length < minRadarSpokes) join(previous, group);
    else merged.push({ axisIds: [...group.axisIds], dimensionIds: [...group.dimensionIds] });
  }
  const last = merged.at(-1);
  if (merged.length > 1 && last && last.dimensionIds.length < minRadarSpokes) {
    merged.pop();
    join(merged.at(-1) as RadarGroup, last);
  }
  return merged;
}

function join(into: RadarGroup, group: RadarGroup): void {
  into.axisIds.push(...group.axisIds);
  into.dimensionIds.push(...group.dimensionIds);
}

/** The targets editor's rows: every dimension of the plan's model, grouped by axis, with its target. */
import { planProgress, targetProgress } from './progress';

interface Axis {
  id: string;
}
interface DimensionRef {
  id: string;
  axisId: string;
  retired: boolean;
}
interface TargetRef {
  dimensionId: string;
  baselineLevel: number;
  targetLevel: number;
}
interface CurrentRef {
  dimensionId: string;
  level: number;
}

export interface TargetRow<D, T, C> {
  dimension: D;
  target: T | null;
  current: C | null;
  /** How far the target is on its way, from 0 to 1; null without a target. */
  progress: number | null;
}

export interface AxisTargets<A, D, T, C> {
  axis: A;
  rows: TargetRow<D, T, C>[];
}

/**
 * The model's axes in order, each with its dimensions in order. A retired dimension shows only when the
 * plan has a target on it, so that its history stays in sight; an axis with nothing to show is left out.
 */
export function targetsByAxis<
  A extends Axis,
  D extends DimensionRef,
  T extends TargetRef,
  C extends CurrentRef,
>(
  model: { axes: readonly A[]; dimensions: readonly D[] },
  targets: readonly T[],
  currentLevels: readonly C[],
): AxisTargets<A, D, T, C>[] {
  const targetOf = new Map(targets.map((t) => [t.dimensionId, t] as const));
  const currentOf = new Map(currentLevels.map((c) => [c.dimensionId, c] as const));
  return model.axes
    .map((axis) => ({
      axis,
      rows: model.dimensions
        .filter((d) => d.axisId === axis.id && (!d.retired || targetOf.has(d.id)))
        .map((dimension) => {
          const target = targetOf.get(dimension.id) ?? null;
          const current = currentOf.get(dimension.id) ?? null;
          return {
            dimension,
            target,
            current,
            progress: target ? targetProgress(target, current?.level ?? null) : null,
          };
        }),
    }))
    .filter((group) => group.rows.length > 0);
}

/** The plan's progress over the rows that have a target: the mean of their progress, null without one. */
export const progressOfRows = (groups: readonly { rows: readonly { progress: number | null }[] }[]) =>
  planProgress(
    groups.flatMap((group) => group.rows.flatMap((row) => (row.progress === null ? [] : [row.progress]))),
  );

/** Progress towards targets (PRODUCT.md, "Calculations"). */

export interface DatedLevel {
  date: string;
  level: number;
}

/** The level of a dimension on a day: the latest assessment on or before it; null when none is. */
export function currentLevelAt(history: readonly DatedLevel[], day: string): number | null {
  let latest: DatedLevel | null = null;
  for (const entry of history) {
    if (entry.date <= day && (latest === null || entry.date >= latest.date)) latest = entry;
  }
  return latest?.level ?? null;
}

/**
 * How far a target is on its way: (current − baseline) / (target − baseline), clamped to [0, 1].
 * With no assessment yet the team is taken to be at its baseline. A target set at its own baseline is
 * reached as soon as the level is there.
 */
export function targetProgress(
  target: { baselineLevel: number; targetLevel: number },
  current: number | null,
) {
  const level = current ?? target.baselineLevel;
  const span = target.targetLevel - target.baselineLevel;
  if (span <= 0) return level >= target.targetLevel ? 1 : 0;
  return Math.min(1, Math.max(0, (level - target.baselineLevel) / span));
}

/** A plan's progress: the mean of its targets' progress; null for a plan without targets. */
export function planProgress(targetProgresses: readonly number[]): number | null {
  if (targetProgresses.length === 0) return null;
  return targetProgresses.reduce((sum, p) => sum + p, 0) / targetProgresses.length;
}

/**
 * Progress per axis: the mean progress of the targets set on the axis's dimensions, for the axes that
 * have at least one, in the order of `axisIds`.
 */
export function progressByAxis(
  targets: readonly { dimensionId: string; progress: number }[],
  dimensions: readonly { id: string; axisId: string }[],
  axisIds: readonly string[],
): { axisId: string; progress: number }[] {
  const axisOf = new Map(dimensions.map((d) => [d.id, d.axisId] as const));
  return axisIds.flatMap((axisId) => {
    const progress = planProgress(
      targets.filter((t) => axisOf.get(t.dimensionId) === axisId).map((t) => t.progress),
    );
    return progress === null ? [] : [{ axisId, progress }];
  });
}

/**
 * The assessments that tell the pace since a day: those on or after it, and the latest one before it,
 * which says where the team stood when it began.
 */
export function historySince(history: readonly DatedLevel[], day: string): DatedLevel[] {
  // Days are `YYYY-MM-DD`: their text order is their calendar order, without a collator's cost.
  const sorted = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const before = sorted.filter((entry) => entry.date < day).at(-1);
  return [...(before ? [before] : []), ...sorted.filter((entry) => entry.date >= day)];
}

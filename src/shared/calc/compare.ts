import { currentLevelAt } from './progress';
import { dimensionSeries, type ScorePoint } from './trends';

/** What changed between two days ("since the last review"): levels up and down, steps done, targets reached. */

export interface LevelChange {
  dimensionId: string;
  from: number;
  to: number;
}

/**
 * The dimensions whose level on `to` differs from their level on `from`. A dimension first rated between
 * the two days has no level to compare with: it is neither up nor down.
 */
export function levelChanges(
  scores: readonly ScorePoint[],
  from: string,
  to: string,
): { up: LevelChange[]; down: LevelChange[] } {
  const up: LevelChange[] = [];
  const down: LevelChange[] = [];
  for (const [dimensionId, history] of dimensionSeries(scores)) {
    const before = currentLevelAt(history, from);
    const after = currentLevelAt(history, to);
    if (before === null || after === null || before === after) continue;
    (after > before ? up : down).push({ dimensionId, from: before, to: after });
  }
  return { up, down };
}

/** Steps done after `from`, up to and including `to`. */
export const stepsDoneBetween = (
  steps: readonly { status: string; doneDate: string | null }[],
  from: string,
  to: string,
): number =>
  steps.filter((s) => s.status === 'done' && s.doneDate !== null && s.doneDate > from && s.doneDate <= to)
    .length;

/**
 * Targets reached between the two days: below their level on `from`, at or above it on `to`. A team not
 * assessed yet is at the target's baseline.
 */
export function targetsReachedBetween<
  T extends { dimensionId: string; baselineLevel: number; targetLevel: number },
>(targets: readonly T[], scores: readonly ScorePoint[], from: string, to: string): T[] {
  const series = dimensionSeries(scores);
  return targets.filter((target) => {
    const history = series.get(target.dimensionId) ?? [];
    const before = currentLevelAt(history, from) ?? target.baselineLevel;
    const after = currentLevelAt(history, to) ?? target.baselineLevel;
    return before < target.targetLevel && after >= target.targetLevel;
  });
}

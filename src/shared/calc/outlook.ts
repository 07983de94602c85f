import {
  forecastFromSteps,
  forecastFromTrend,
  levelSums,
  targetStatus,
  type LevelSums,
  type StepCounts,
  type TargetStatus,
} from './forecast';
import { historySince, targetProgress, type DatedLevel } from './progress';

/** Where a target stands today and when it will be reached: what the dashboards show of each target. */

export interface TargetOutlook {
  current: number | null;
  currentDate: string | null;
  progress: number;
  forecastFromTrend: string | null;
  forecastFromSteps: string | null;
  status: TargetStatus;
  /** The assessments the trend is fitted on: since the plan started, and the last one before. */
  pace: DatedLevel[];
}

export function targetOutlook(input: {
  target: { baselineLevel: number; targetLevel: number; targetDate: string };
  /** Every assessed level of the target's dimension, in any order. */
  history: readonly DatedLevel[];
  /** The steps that move the target, or what they count. */
  steps: readonly { status: string; doneDate: string | null }[] | StepCounts;
  planStart: string;
  today: string;
}): TargetOutlook {
  const known = input.history.filter((entry) => entry.date <= input.today);
  const pace = historySince(known, input.planStart);
  const latest = pace.at(-1) ?? null;
  return {
    ...outlookFromSums({ ...input, current: latest?.level ?? null, pace: levelSums(pace) }),
    currentDate: latest?.date ?? null,
    pace,
  };
}

/**
 * The outlook from what the pace adds up to (`levelSums` of the assessments since the plan started and
 * the last one before) and the level today: what the portfolio reads, for hundreds of targets, from the
 * summary that the database keeps of them.
 */
export function outlookFromSums(input: {
  target: { baselineLevel: number; targetLevel: number; targetDate: string };
  current: number | null;
  pace: LevelSums | null;
  steps: readonly { status: string; doneDate: string | null }[] | StepCounts;
  planStart: string;
  today: string;
}): Omit<TargetOutlook, 'currentDate' | 'pace'> {
  const { target, current, today } = input;
  const trend = forecastFromTrend(input.pace, target.targetLevel, today);
  // With every step done and the level still short of the target, the steps no longer tell when it
  // will be reached: their "forecast" is a day past.
  const doneBy = forecastFromSteps(input.steps, input.planStart, today);
  const steps = doneBy !== null && doneBy >= today ? doneBy : null;
  return {
    current,
    progress: targetProgress(target, current),
    forecastFromTrend: trend,
    forecastFromSteps: steps,
    // Not assessed yet, the team stands at the baseline: a target set at it is already reached.
    status: targetStatus({
      current: current ?? target.baselineLevel,
      targetLevel: target.targetLevel,
      targetDate: target.targetDate,
      today,
      forecasts: [trend, steps],
    }),
  };
}

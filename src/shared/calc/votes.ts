/** Rating a dimension together in a workshop: individual votes, their spread, a level to agree on. */

export interface VoteSpread {
  count: number;
  min: number;
  max: number;
  /** max − min: 0 or 1 is a consensus, 2 or more needs a discussion before agreeing. */
  range: number;
  mean: number;
  median: number;
  /** How many voted each level, from min to max. */
  counts: { level: number; votes: number }[];
  consensus: boolean;
  /** The level to propose: the median, rounded down when it falls between two levels (be prudent). */
  proposed: number;
}

export function voteSpread(votes: readonly number[]): VoteSpread | null {
  if (votes.length === 0) return null;
  const sorted = [...votes].sort((a, b) => a - b);
  const min = sorted[0] as number;
  const max = sorted.at(-1) as number;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const counts = [];
  for (let level = min; level <= max; level += 1)
    counts.push({ level, votes: sorted.filter((v) => v === level).length });
  return {
    count: votes.length,
    min,
    max,
    range: max - min,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    median,
    counts,
    consensus: max - min <= 1,
    proposed: Math.floor(median),
  };
}

/**
 * Reads votes typed from a show of hands: `2 3 3 4`, `2,3,3,4`, or counts per level like `3x2 2x3`
 * (three people voted 2, two voted 3). Returns null when anything is not a level of the scale.
 */
export function readVotes(text: string, scale: { min: number; max: number }): number[] | null {
  const votes: number[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const counted = /^(\d+)[x×*](\d+)$/i.exec(part);
    const [times, level] = counted ? [Number(counted[1]), Number(counted[2])] : [1, Number(part)];
    if (!Number.isInteger(level) || level < scale.min || level > scale.max || times > 1_000) return null;
    for (let i = 0; i < times; i += 1) votes.push(level);
  }
  return votes;
}

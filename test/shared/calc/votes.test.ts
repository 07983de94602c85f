import { describe, expect, it } from 'vitest';
import { readVotes, voteSpread } from '@shared/calc/votes';

describe('voteSpread', () => {
  it('summarises the votes and proposes the median', () => {
    // Votes 2, 3, 3, 4, 3: median 3, mean 15/5 = 3, range 2.
    expect(voteSpread([2, 3, 3, 4, 3])).toEqual({
      count: 5,
      min: 2,
      max: 4,
      range: 2,
      mean: 3,
      median: 3,
      counts: [
        { level: 2, votes: 1 },
        { level: 3, votes: 3 },
        { level: 4, votes: 1 },
      ],
      consensus: false,
      proposed: 3,
    });
  });

  it('rounds a median between two levels down, and calls a range of one a consensus', () => {
    const spread = voteSpread([3, 2, 2, 3]);
    expect(spread).toMatchObject({ median: 2.5, proposed: 2, consensus: true, mean: 2.5 });
  });

  it('is null without votes, and a single vote is its own consensus', () => {
    expect(voteSpread([])).toBeNull();
    expect(voteSpread([4])).toMatchObject({ proposed: 4, range: 0, consensus: true });
  });
});

describe('readVotes', () => {
  const scale = { min: 0, max: 5 };

  it('reads lists and counts per level', () => {
    expect(readVotes('2 3, 3;4', scale)).toEqual([2, 3, 3, 4]);
    expect(readVotes('3x2 2×3 4', scale)).toEqual([2, 2, 2, 3, 3, 4]);
    expect(readVotes('  ', scale)).toEqual([]);
  });

  it('refuses anything off the scale', () => {
    expect(readVotes('2 6', scale)).toBeNull();
    expect(readVotes('2 three', scale)).toBeNull();
    expect(readVotes('1.5', scale)).toBeNull();
  });
});

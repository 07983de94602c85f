/** Timing helpers for the benchmarks: percentiles over repeated runs, after a warm-up. */

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/** Runs `work` `warmup` times unmeasured, then `runs` times, and gives the percentiles in milliseconds. */
export async function measure(work: () => unknown, runs = 50, warmup = 5): Promise<Timing> {
  const [timing] = await measureTogether([work], runs, warmup);
  return timing;
}

/**
 * Measures several pieces of work turn by turn (one run of each, `runs` rounds, after `warmup` rounds):
 * on a machine whose load changes, each sees the same conditions, so the ratio of their times holds.
 */
export async function measureTogether<Works extends (() => unknown)[]>(
  works: [...Works],
  runs: number,
  warmup: number,
): Promise<{ [K in keyof Works]: Timing }> {
  for (let i = 0; i < warmup; i += 1) for (const work of works) await work();
  const times = works.map((): number[] => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, work] of works.entries()) {
      const started = performance.now();
      await work();
      times[index]?.push(performance.now() - started);
    }
  }
  return times.map(timingOf) as { [K in keyof Works]: Timing };
}

/** The percentiles of times measured elsewhere (in a page, say), in milliseconds. */
export function timingOf(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) as number,
    runs: sorted.length,
  };
}

/** Times one run of slow work (an import, an export) in milliseconds. */
export async function once(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

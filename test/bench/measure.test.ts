import { describe, expect, it } from 'vitest';
import { measure, measureTogether } from '../../bench/measure';

describe('measure', () => {
  it('reports percentiles of the measured runs only', async () => {
    let calls = 0;
    const durations = [5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 30];
    const timing = await measure(
      () => {
        const wait = durations[calls - 2] ?? 0;
        calls += 1;
        const until = performance.now() + wait;
        while (performance.now() < until) {
          // busy wait: the work being measured
        }
      },
      20,
      2,
    );
    expect(calls).toBe(22);
    expect(timing.runs).toBe(20);
    expect(timing.p50).toBeGreaterThanOrEqual(1);
    expect(timing.p50).toBeLessThan(5);
    expect(timing.p95).toBeGreaterThanOrEqual(5);
    expect(timing.max).toBeGreaterThanOrEqual(30);
  });
});

describe('measureTogether', () => {
  it('runs the pieces of work turn by turn and times each apart', async () => {
    const order: string[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy wait: the work being measured
      }
    };
    const [slow, fast] = await measureTogether(
      [() => (order.push('slow'), busy(3)), () => (order.push('fast'), busy(0))],
      4,
      1,
    );
    expect(order).toEqual(Array.from({ length: 5 }, () => ['slow', 'fast']).flat());
    expect(slow.runs).toBe(4);
    expect(fast.runs).toBe(4);
    expect(slow.p50).toBeGreaterThanOrEqual(3);
    expect(fast.p50).toBeLessThan(slow.p50);
  });
});

/**
 * The metrics of one benchmark run: each measurement step records its metrics here, and the runner
 * writes them to bench/results/latest.json and as a Markdown table.
 */

export interface Metric {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'x';
  baseline: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
  /** Why the metric could not be measured. */
  error?: string;
}

export const metrics: Metric[] = [];

const round = (n: number) => Math.round(n * 100) / 100;

/** Records a measured metric; with a baseline, its ratio to it. */
export function record(
  metric: Omit<Metric, 'value' | 'baseline' | 'ratio'> & { value: number; baseline?: number },
): void {
  const baseline = metric.baseline ?? null;
  metrics.push({
    ...metric,
    value: round(metric.value),
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline ? round(metric.value / baseline) : null,
  });
}

/** Records a metric that could not be measured, with the reason. */
export function recordFailure(name: string, target: string, error: string): void {
  metrics.push({
    name,
    value: Number.NaN,
    unit: 'ms',
    baseline: null,
    ratio: null,
    target,
    pass: false,
    error,
  });
}

/** The metrics as a Markdown table. */
export function markdownTable(): string {
  return [
    '| metric | value | SQL baseline | ratio | target | pass |',
    '| --- | ---: | ---: | ---: | --- | :---: |',
    ...metrics.map(
      (m) =>
        `| ${m.name} | ${m.error ? `failed: ${m.error}` : `${m.value} ${m.unit}`} | ${m.baseline ?? ''} | ${m.ratio ?? ''} | ${m.target} | ${m.pass ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
}

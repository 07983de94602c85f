import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export type AxeViolation = Result;

export interface AxeOptions {
  /** CSS selectors of the parts to check (default: the whole page). */
  include?: string[];
  /** CSS selectors of parts to leave out, each with a reason at the call site. */
  exclude?: string[];
  /** Passed to `axe.run` as they are (e.g. `{ rules: { 'color-contrast': { enabled: false } } }`). */
  runOptions?: RunOptions;
}

let axeSource: string | undefined;
const loadAxeSource = (): string =>
  (axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/**
 * Runs axe-core in the page and returns its violations. The app's policy refuses inline scripts, so
 * `page.addScriptTag({ content })` is blocked; the source is evaluated through the DevTools protocol
 * instead, which the policy does not govern (and which leaves the page's policy untouched).
 */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(loadAxeSource());
  const results = await page.evaluate(
    async ({ include, exclude, runOptions }) => {
      const axe = (
        window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }
      ).axe;
      const context = include ? { include, exclude: exclude ?? [] } : { exclude: exclude ?? [] };
      return (await axe.run(context, { ...runOptions, resultTypes: ['violations'] })) as AxeResults;
    },
    { include: options.include, exclude: options.exclude, runOptions: options.runOptions ?? {} },
  );
  return results.violations;
}

const blocking: readonly ImpactValue[] = ['serious', 'critical'];

/** The violations that fail a test: those axe rates serious or critical. */
export const blockingViolations = (violations: readonly AxeViolation[]): AxeViolation[] =>
  violations.filter((violation) => blocking.includes(violation.impact ?? null));

/** One paragraph per violation: rule, impact, help link, then each element with what to fix. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const fix = (node.failureSummary ?? '').replace(/\n/g, '\n      ');
        return `  - ${node.target.join(' ')}\n      ${node.html}\n      ${fix}`;
      });
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

/** Fails on any serious or critical violation, listing them readably; returns all violations found. */
export async function assertAccessible(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const violations = await runAxe(page, options);
  const failing = blockingViolations(violations);
  if (failing.length > 0) {
    throw new Error(
      `${failing.length} serious or critical accessibility violation(s) on ${page.url()}:\n\n${formatViolations(failing)}`,
    );
  }
  return violations;
}

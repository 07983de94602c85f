/**
 * The fuzz tests: `npm run test:fuzz -- --runs N [--seed S]`. Runs N cases in all, shared among the
 * properties of scripts/fuzz/properties.ts (every channel; every import), against a real core on the
 * sample data. Prints the cases tried and the failures, each with its counterexample and the seed and
 * path that replay it; fails if there is any.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  calls,
  mutatedInputs,
  planFiles,
  randomInputs,
  registers,
  surveyResponses,
  validFiles,
} from './fuzz/properties';
import { World } from './fuzz/world';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run test:fuzz -- --runs <count> [--seed <integer>]\n');
  process.exit(64);
}

/** Every so many cases the sample data comes back whole: the cases delete, undo and restore. */
const casesBetweenResets = 250;

interface Tally {
  tried: number;
  failures: number;
}

/** Runs one property for its share of the cases, bringing the sample data back whole as it goes. */
async function run<Ts extends unknown[]>(
  world: World,
  tally: Tally,
  name: string,
  share: number,
  property: fc.IAsyncPropertyWithHooks<Ts>,
): Promise<void> {
  const numRuns = Math.max(1, Math.round(runs * share));
  const started = Date.now();
  Object.assign(calls, { answered: 0, refused: 0 });
  // Each property starts on the whole sample data, whatever the one before deleted.
  await world.reset();
  let cases = 0;
  const details = await fc.check(
    property.beforeEach(async (previous) => {
      if (++cases % casesBetweenResets === 0) await world.reset();
      await previous();
    }),
    { numRuns, seed },
  );
  tally.tried += details.numRuns;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!details.failed) {
    const outcomes = `${calls.answered} calls answered, ${calls.refused} refused`;
    process.stdout.write(`✓ ${name}: ${details.numRuns} cases, ${outcomes} (${seconds} s)\n`);
    return;
  }
  tally.failures += 1;
  const report = `${fc.defaultReportMessage(details) ?? 'failed'}\n${String(details.errorInstance)}`;
  process.stdout.write(`✗ ${name}: failed after ${details.numRuns} cases (${seconds} s)\n`);
  process.stdout.write(`${report.length > 4_000 ? `${report.slice(0, 4_000)}…` : report}\n`);
  await world.reset();
}

async function main(): Promise<number> {
  const world = await World.create();
  try {
    const files = await validFiles(world);
    const tally: Tally = { tried: 0, failures: 0 };
    await run(world, tally, 'every channel, random inputs', 0.3, randomInputs(world));
    await run(world, tally, 'every channel, inputs from its schema, mutated', 0.3, mutatedInputs(world));
    await run(world, tally, 'plan file import', 0.1, planFiles(world, files.planFile));
    await run(
      world,
      tally,
      'CSI register import (CSV and XLSX)',
      0.2,
      registers(world, files.registerCsv, files.registerXlsx),
    );
    await run(
      world,
      tally,
      'survey responses import (CSV and XLSX)',
      0.1,
      surveyResponses(world, files.responsesCsv, files.responsesXlsx),
    );
    process.stdout.write(`seed ${seed}: ${tally.tried} cases tried, ${tally.failures} failures\n`);
    return tally.failures > 0 ? 1 : 0;
  } finally {
    await world.close();
  }
}

process.exitCode = await main();

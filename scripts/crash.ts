/**
 * The crash test: `npm run test:crash -- --cycles N --seed S`. Each cycle starts a writer process on the
 * same database, kills it with SIGKILL at a moment drawn from the seed (sometimes while it is still
 * opening the file), then reopens the database and checks it (scripts/crash/verify.ts). Prints
 * `N cycles, L lost, C corrupt` and fails on any loss or damage.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Random } from '../src/main/sample/random';
import type { ChildMessage, Commit } from './crash/protocol';
import { Ledger, verify } from './crash/verify';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '200' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    /** Keeps the folder, to look into a failure. */
    keep: { type: 'boolean', default: false },
  },
});
const cycles = Number(values.cycles);
const seed = Number(values.seed);
if (!Number.isInteger(cycles) || cycles < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run test:crash -- --cycles <count> --seed <integer> [--keep]\n');
  process.exit(64);
}

const writer = join(dirname(fileURLToPath(import.meta.url)), 'crash-child.mjs');
const random = new Random(seed);

/** One writer's life: started, killed at the drawn moment; what it reported before dying. */
function runWriter(dir: string, cycle: number): Promise<{ commits: Commit[]; failure: string | null }> {
  return new Promise((resolve) => {
    const commits: Commit[] = [];
    let stderr = '';
    const child = fork(writer, [dir, String(seed * 100_003 + cycle)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const kill = () => child.kill('SIGKILL');
    // One kill in five lands while the writer opens the file (checking it, migrating, setting up); the
    // others a few milliseconds after its k-th commit, inside the transactions that follow. Counting
    // commits rather than time keeps the kills inside the writing however loaded the machine is.
    const early = random.chance(0.2);
    const afterCommits = random.int(0, 6);
    const delay = early ? random.int(0, 40) : random.int(0, 60);
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer ??= setTimeout(kill, delay);
    };
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'commit') commits.push(message.commit);
      if (early ? message.type === 'opening' : message.type !== 'opening' && commits.length >= afterCommits)
        arm();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const failure =
        signal === 'SIGKILL' ? null : `the writer stopped by itself (${code ?? signal}): ${stderr.trim()}`;
      resolve({ commits, failure });
    });
  });
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-crash-'));
  const ledger = new Ledger();
  let lost = 0;
  let corrupt = 0;
  let commits = 0;
  const started = Date.now();
  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    const run = await runWriter(dir, cycle);
    commits += run.commits.length;
    const findings = await verify(dir, run.commits, ledger);
    if (run.failure) findings.corrupt.push(run.failure);
    lost += findings.lost.length;
    corrupt += findings.corrupt.length > 0 ? 1 : 0;
    for (const problem of findings.lost) process.stderr.write(`cycle ${cycle}: lost ${problem}\n`);
    for (const problem of findings.corrupt) process.stderr.write(`cycle ${cycle}: ${problem}\n`);
    if (cycle % 50 === 0 && cycle < cycles) {
      process.stdout.write(
        `… ${cycle} cycles, ${commits} commits checked, ${lost} lost, ${corrupt} corrupt\n`,
      );
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`seed ${seed}: ${commits} reported commits checked in ${seconds} s\n`);
  process.stdout.write(`${cycles} cycles, ${lost} lost, ${corrupt} corrupt\n`);
  const failed = lost > 0 || corrupt > 0;
  if (failed || values.keep) process.stdout.write(`The files are in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  return failed ? 1 : 0;
}

process.exitCode = await main();

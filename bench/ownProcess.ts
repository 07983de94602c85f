import { execFileSync } from 'node:child_process';

/**
 * Runs a built benchmark script (out/bench/*.mjs) in a process of its own and gives the JSON it prints:
 * what it measures then counts that process alone, and leaves nothing in the heap of the one that
 * times the other steps. Its errors go to this process's.
 */
export function jsonFromOwnProcess<T>(script: string, args: readonly string[]): T {
  const output = execFileSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as T;
}

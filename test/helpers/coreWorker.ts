import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export interface BuiltWorker {
  /** The real core worker, built from src/main/worker/coreWorker.ts as electron-vite builds it. */
  readonly url: URL;
  /**
   * The same worker, which also throws an uncaught error, as a bug would, when asked for the channel
   * `test.crash`: how a test makes it die in the middle of its work.
   */
  readonly crashingUrl: URL;
  /** The backup worker, built from src/main/worker/backupWorker.ts beside the core's (a path). */
  readonly backupUrl: string;
  /** The same, which throws an uncaught error as soon as its thread turns, before it answers (a path). */
  readonly crashingBackupUrl: string;
  dispose(): void;
}

/**
 * Builds the worker scripts for plain Node. They go under out/ in the project, so that their packages
 * (better-sqlite3) resolve from node_modules as they do from out/main.
 */
export async function buildCoreWorker(): Promise<BuiltWorker> {
  mkdirSync(resolve('out'), { recursive: true });
  const dir = mkdtempSync(join(resolve('out'), 'test-worker-'));
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve('src/shared') } },
    build: {
      ssr: true,
      outDir: dir,
      target: 'node24',
      rolldownOptions: {
        input: {
          coreWorker: resolve('src/main/worker/coreWorker.ts'),
          backupWorker: resolve('src/main/worker/backupWorker.ts'),
        },
        output: { entryFileNames: '[name].js', format: 'es' },
      },
    },
  });
  writeFileSync(
    join(dir, 'crashingWorker.js'),
    [
      "import './coreWorker.js';",
      "import { parentPort } from 'node:worker_threads';",
      'parentPort.on("message", (message) => {',
      '  if (message.type === "call" && message.args[0] === "test.crash") {',
      '    setImmediate(() => { throw new Error("simulated crash"); });',
      '  }',
      '});',
      '',
    ].join('\n'),
  );
  // Evaluated before the worker it imports next, it makes the worker's thread throw as soon as it turns.
  writeFileSync(join(dir, 'crashSoon.js'), 'setImmediate(() => { throw new Error("simulated crash"); });\n');
  writeFileSync(
    join(dir, 'crashingBackupWorker.js'),
    ["import './crashSoon.js';", "import './backupWorker.js';", ''].join('\n'),
  );
  return {
    url: pathToFileURL(join(dir, 'coreWorker.js')),
    crashingUrl: pathToFileURL(join(dir, 'crashingWorker.js')),
    backupUrl: join(dir, 'backupWorker.js'),
    crashingBackupUrl: join(dir, 'crashingBackupWorker.js'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

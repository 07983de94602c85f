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
  dispose(): void;
}

/**
 * Builds the worker script for plain Node. It goes under out/ in the project, so that its packages
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
      ssr: resolve('src/main/worker/coreWorker.ts'),
      outDir: dir,
      target: 'node24',
      rolldownOptions: { output: { entryFileNames: 'coreWorker.js', format: 'es' } },
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
  return {
    url: pathToFileURL(join(dir, 'coreWorker.js')),
    crashingUrl: pathToFileURL(join(dir, 'crashingWorker.js')),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

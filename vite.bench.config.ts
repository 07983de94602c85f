import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the benchmark scripts for plain Node (out/bench/*.mjs), like vite.cli.config.ts does the CLI. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node24',
    rolldownOptions: {
      input: {
        data: resolve('bench/cli/data.ts'),
        run: resolve('bench/cli/run.ts'),
        mainBlocking: resolve('bench/cli/mainBlocking.ts'),
        memory: resolve('bench/cli/memory.ts'),
        // The core's worker thread, which run.mjs, mainBlocking.mjs and renderer.mjs start as the app does.
        coreWorker: resolve('src/main/worker/coreWorker.ts'),
        // The backups' worker thread, which the core starts for each backup, as in the app.
        backupWorker: resolve('src/main/worker/backupWorker.ts'),
        renderer: resolve('bench/renderer.ts'),
      },
      output: { entryFileNames: '[name].mjs', format: 'es' },
    },
  },
});

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the `stepwise` command line for plain Node: one ES module, out/cli/stepwise.mjs, with the
 * `@shared` alias resolved and the packages (better-sqlite3, exceljs, zod) left to node_modules.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  build: {
    ssr: resolve('src/main/cli/main.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node24',
    rolldownOptions: { output: { entryFileNames: 'stepwise.mjs', format: 'es' } },
  },
});

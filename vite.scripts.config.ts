import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the test scripts for plain Node (out/scripts/*.mjs), as vite.cli.config.ts does the CLI: the
 * `@shared` alias resolved, packages left to node_modules. `npm run test:crash`, `test:fuzz` and
 * `security` build them first, so that they run from a clean checkout.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  // zod is hundreds of small modules: bundled, the crash test's writer starts in a fraction of the time.
  ssr: { noExternal: ['zod'] },
  build: {
    ssr: true,
    outDir: 'out/scripts',
    emptyOutDir: true,
    target: 'node24',
    rolldownOptions: {
      input: {
        crash: resolve('scripts/crash.ts'),
        'crash-child': resolve('scripts/crashChild.ts'),
        fuzz: resolve('scripts/fuzz.ts'),
        security: resolve('scripts/security.ts'),
      },
      output: { entryFileNames: '[name].mjs', format: 'es' },
    },
  },
});

import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve('src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    // The core runs in its own worker thread: out/main/coreWorker.js, beside app.js, which starts it.
    build: {
      lib: {
        entry: {
          app: resolve('src/main/electron/app.ts'),
          coreWorker: resolve('src/main/worker/coreWorker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload is evaluated as a classic script: it must be one CommonJS file.
    build: {
      lib: {
        entry: resolve('src/main/electron/preload.ts'),
        formats: ['cjs'],
        fileName: () => 'preload.cjs',
      },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react()],
    // Minified: the JavaScript the window parses at startup is a third of the readable build's.
    build: { minify: true, rolldownOptions: { input: resolve('src/renderer/index.html') } },
  },
});

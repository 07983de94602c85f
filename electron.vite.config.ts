import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve('src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: { lib: { entry: resolve('src/main/electron/app.ts') } },
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
    build: { rolldownOptions: { input: resolve('src/renderer/index.html') } },
  },
});

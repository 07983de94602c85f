import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve('src/shared') };

/**
 * The page's first script, src/renderer/opening.ts, as an entry of its own: Vite merges the module scripts
 * of a page into one, which would run only once all of the app's code had arrived.
 */
function openingScript(): Plugin {
  return {
    name: 'stepwise:opening-script',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const built = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === 'opening',
        );
        // The dev server serves the source beside index.html.
        const src = built ? `./${built.fileName}` : './opening.ts';
        return [
          { tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

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
    plugins: [react(), openingScript()],
    // Minified: the JavaScript the window parses at startup is a third of the readable build's.
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html'), opening: resolve('src/renderer/opening.ts') },
      },
    },
  },
});

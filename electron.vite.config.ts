import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve('src/shared') };

/**
 * The screens the app may open on whose code loads on first visit (openingScreen.ts), by the module
 * each loads: the page's first script asks for the files of the one in the address.
 */
const openingScreens = {
  portfolio: 'src/renderer/screens/portfolio/PortfolioDashboard.tsx',
  team: 'src/renderer/screens/team/TeamDashboard.tsx',
};

/** Every module that `roots` import, directly or not, themselves included, but not those loaded lazily. */
function staticClosure(graph: Rolldown.ChunkingContext, roots: readonly string[]): Set<string> {
  const modules = new Set<string>();
  const waiting = [...roots];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (modules.has(id)) continue;
    modules.add(id);
    waiting.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return modules;
}

/**
 * Files of the renderer that gather modules Rolldown would split by what the lazy screens share, each
 * with the modules it starts from: the page asks for each file in turn (six at a time over HTTP/1.1, one
 * request each through the app's protocol), so what it needs at once comes best in one. `index`, what
 * the page cannot start without: the entry and all it imports (16 files before). `dashboards`, the code
 * of the screens the app may open on, which the page's first script asks for (8 files for the portfolio).
 * A module of both goes in the first.
 */
const gatheredChunks = {
  index: ['src/renderer/main.tsx'],
  dashboards: Object.values(openingScreens),
};
type GatheredChunk = keyof typeof gatheredChunks;

const gatheringsOfGraph = new WeakMap<Rolldown.ChunkingContext, Map<string, GatheredChunk>>();
function gatheredChunkOf(id: string, graph: Rolldown.ChunkingContext): GatheredChunk | undefined {
  let chunkOf = gatheringsOfGraph.get(graph);
  if (!chunkOf) {
    chunkOf = new Map();
    for (const [chunk, roots] of Object.entries(gatheredChunks) as [GatheredChunk, string[]][]) {
      for (const module of staticClosure(
        graph,
        roots.map((root) => resolve(root)),
      )) {
        if (!chunkOf.has(module)) chunkOf.set(module, chunk);
      }
    }
    gatheringsOfGraph.set(graph, chunkOf);
  }
  return chunkOf.get(id);
}

/** The files a chunk needs to run, itself first, less those the page loads anyway (`loaded`). */
function filesOf(
  chunk: Rolldown.OutputChunk,
  chunks: Map<string, Rolldown.OutputChunk>,
  loaded: Set<string>,
) {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || loaded.has(file)) return;
    files.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
  };
  visit(chunk.fileName);
  return [...files];
}

/**
 * The page's first script, src/renderer/opening.ts, built on its own as a classic script with all it
 * imports, and put first in index.html. A module script would wait for the page's stylesheet and for the
 * end of parsing, and Vite would merge it with the app's own: a classic one at the top of the head runs
 * as soon as it arrives. It carries the files of each opening screen (`data-<screen>`), which it asks
 * for before the app's own code has run. The dev server serves the source as a module.
 */
function openingScript(): Plugin {
  let command: ResolvedConfig['command'] = 'serve';
  let fileName: string | undefined;
  return {
    name: 'stepwise:opening-script',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      if (command !== 'build') return;
      const built = await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        resolve: { alias },
        build: {
          write: false,
          minify: true,
          lib: { entry: resolve('src/renderer/opening.ts'), formats: ['iife'], name: 'stepwiseOpening' },
        },
      });
      // One format, written nowhere: one output of one chunk.
      const [{ output }] = [built].flat() as [Rolldown.RolldownOutput];
      const { code } = output[0];
      fileName = `assets/opening-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        if (!fileName || !bundle) {
          return [
            { tag: 'script', attrs: { type: 'module', src: './opening.ts' }, injectTo: 'head-prepend' },
          ];
        }
        const chunks = new Map(
          Object.values(bundle)
            .filter((file) => file.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        );
        const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
        const loaded = new Set(entry ? filesOf(entry, chunks, new Set()) : []);
        const screenFiles = Object.entries(openingScreens).map(([screen, module]) => {
          const chunk = [...chunks.values()].find((each) => each.moduleIds.includes(resolve(module)));
          if (!chunk) throw new Error(`No chunk loads ${module}: openingScreens is out of date.`);
          const files = filesOf(chunk, chunks, loaded).map((file) => `./${file}`);
          return [`data-${screen}`, files.join(' ')];
        });
        return [
          {
            tag: 'script',
            attrs: { src: `./${fileName}`, ...Object.fromEntries(screenFiles) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    // The core runs in its own worker thread: out/main/coreWorker.js, beside app.js, which starts it; the
    // core starts backupWorker.js for each backup.
    build: {
      lib: {
        entry: {
          app: resolve('src/main/electron/app.ts'),
          coreWorker: resolve('src/main/worker/coreWorker.ts'),
          backupWorker: resolve('src/main/worker/backupWorker.ts'),
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
        input: { index: resolve('src/renderer/index.html') },
        output: {
          codeSplitting: {
            // One group each, the first first: a group also takes what its modules import.
            groups: Object.keys(gatheredChunks).map((chunk, index, all) => ({
              name: (id: string, graph: Rolldown.ChunkingContext) =>
                gatheredChunkOf(id, graph) === chunk ? chunk : null,
              priority: all.length - index,
            })),
          },
        },
      },
    },
  },
});

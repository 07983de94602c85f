import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so that tests may run from any folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** What `electron-vite build` writes for the renderer. */
export const rendererDir = join(repoRoot, 'out/renderer');
/** Git-ignored; `npm run screenshots` fills it. */
export const screenshotsDir = join(repoRoot, 'screenshots');

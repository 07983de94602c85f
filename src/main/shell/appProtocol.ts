/**
 * The `app://stepwise/` scheme the window loads from: a real origin (unlike `file://`) that serves the built
 * renderer folder and nothing else, with the Content-Security-Policy on every page. Plain Node, so that the
 * rules are tested without Electron and the e2e server shares them; src/main/electron/protocol.ts registers it.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, posix, resolve, sep, win32 } from 'node:path';
import { contentSecurityPolicy } from '@shared/security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'stepwise';
/** Every URL of the app starts with this; a prefix check cannot be fooled by `app://stepwise.evil/`. */
export const APP_ROOT = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_URL = `${APP_ROOT}index.html`;

/** The same policy the e2e server sends, so the tests run the page under the app's rules. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy;

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const contentTypeOf = (path: string): string =>
  contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * True for the app's own pages: `app://stepwise/…`, or in development the page's dev server origin
 * (electron-vite's `ELECTRON_RENDERER_URL`). A `devServerUrl` that is not http(s) is ignored.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(APP_ROOT)) return true;
  if (devServerUrl === undefined) return false;
  const target = parseHttpUrl(url);
  const devServer = parseHttpUrl(devServerUrl);
  return target !== null && devServer !== null && target.origin === devServer.origin;
}

function parseHttpUrl(url: string): URL | null {
  const parsed = URL.parse(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : null;
}

/**
 * Maps an `app://stepwise/…` URL to a file inside `rootDir`, or null when the URL is not the app's or
 * the path would leave the folder. Chromium already resolves `..` in standard-scheme URLs; this check
 * does not rely on it.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const url = URL.parse(requestUrl);
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return fileInside(rootDir, url.pathname);
}

/**
 * The file a URL's (still encoded) path names inside `rootDir`, `index.html` for the root; null when the
 * path would leave the folder: `..` segments, encoded or not, backslashes, absolute paths and NUL bytes.
 */
export function fileInside(rootDir: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = path.replace(/^\//, '') || 'index.html';
  if (
    relative.includes('\0') ||
    relative.includes('\\') ||
    posix.isAbsolute(relative) ||
    win32.isAbsolute(relative) ||
    relative.split('/').includes('..')
  ) {
    return null;
  }
  const root = resolve(rootDir);
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : null;
}

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

async function fileResponse(file: string): Promise<Response | null> {
  // Missing, a folder or unreadable: the caller decides between index.html and 404.
  const body = await readFile(file).catch(() => null);
  if (body === null) return null;
  const contentType = contentTypeOf(file);
  const headers = new Headers({ 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff' });
  if (contentType.startsWith('text/html')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(body, { status: 200, headers });
}

/** Answers one request: the file, or `index.html` for the renderer's own routes (no extension), or 404. */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  const file = resolveAppPath(rootDir, request.url);
  if (file === null) return notFound();
  const served = await fileResponse(file);
  if (served) return served;
  if (extname(file) !== '') return notFound();
  return (await fileResponse(join(resolve(rootDir), 'index.html'))) ?? notFound();
}

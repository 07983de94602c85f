import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { contentSecurityPolicy } from '@shared/security';
import { contentTypeOf, fileInside } from '../../../src/main/shell/appProtocol';

/** The built renderer served over http on loopback, the way the app's `app://` protocol serves it. */
export interface RendererServer {
  /** `http://127.0.0.1:<port>`: the only origin the page may reach. */
  readonly origin: string;
  /**
   * Keeps a JSON text for one GET of the path returned: how the API bridge hands the page its answers
   * (bridge.ts).
   */
  hold(json: string): string;
  close(): Promise<void>;
}

/** Where held answers are served: a path no file of the renderer has. */
const heldPath = '/__held/';

/**
 * Maps a request path (`/assets/index.js?v=1`) to a file inside `rootDir` by the app protocol's own rules,
 * or null when the path would leave the folder.
 */
export function resolveRequestPath(rootDir: string, requestPath: string): string | null {
  const url = URL.parse(requestPath, 'http://127.0.0.1');
  return url === null ? null : fileInside(rootDir, url.pathname);
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    return (await stat(file)).isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

/** What every answer carries: the app's policy, and no guessing of content types. */
const appHeaders = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: Buffer | string,
  caching: Record<string, string> = { 'Cache-Control': 'no-store' },
): void {
  response.writeHead(status, {
    ...appHeaders,
    ...caching,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

/**
 * Sends one of the renderer's files, kept by Chromium but asked for again each time (`no-cache`), and
 * answered 304 when it has not changed: a file Chromium keeps, it keeps compiled too (V8's code cache),
 * as the app's window does for `app://` (its `codeCache` privilege). A build that changed it is always
 * served whole.
 */
function sendFile(request: IncomingMessage, response: ServerResponse, file: string, body: Buffer): void {
  const caching = {
    'Cache-Control': 'no-cache',
    ETag: `"${createHash('sha256').update(body).digest('base64url')}"`,
  };
  if (request.headers['if-none-match'] === caching.ETag) {
    response.writeHead(304, { ...appHeaders, ...caching });
    response.end();
    return;
  }
  send(response, 200, contentTypeOf(file), body, caching);
}

async function answer(
  rootDir: string,
  held: Map<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return;
  }
  if (request.url?.startsWith(heldPath)) {
    const json = held.get(request.url);
    held.delete(request.url);
    if (json === undefined) send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    else send(response, 200, 'application/json; charset=utf-8', json);
    return;
  }
  const file = resolveRequestPath(rootDir, request.url ?? '/');
  if (file === null) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  const body = await readRegularFile(file);
  if (body !== null) {
    sendFile(request, response, file, body);
    return;
  }
  // A path without an extension is one of the renderer's own routes.
  const indexFile = join(rootDir, 'index.html');
  const index = extname(file) === '' ? await readRegularFile(indexFile) : null;
  if (index === null) send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  else sendFile(request, response, indexFile, index);
}

/** Serves `rootDir` on 127.0.0.1 at a free port, with the app's Content-Security-Policy on every answer. */
export async function startRendererServer(rootDir: string): Promise<RendererServer> {
  const root = resolve(rootDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: build the renderer first (npm run build).`);
  }
  const held = new Map<string, string>();
  let lastHeld = 0;
  const server = createServer((request, response) => {
    answer(root, held, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hold: (json) => {
      lastHeld += 1;
      const path = `${heldPath}${lastHeld}`;
      held.set(path, json);
      return path;
    },
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : done()));
      }),
  };
}

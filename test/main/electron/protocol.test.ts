import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => undefined),
  },
}));
vi.mock('electron', () => electron);

import { handleAppProtocol, registerAppScheme } from '../../../src/main/electron/protocol';
import {
  CONTENT_SECURITY_POLICY,
  resolveAppPath,
  serveAppRequest,
} from '../../../src/main/shell/appProtocol';

const SECRET = 'not for the renderer';
const INDEX = '<!doctype html><title>Stepwise</title>';
const SCRIPT = 'console.log("stepwise");';

/** A built renderer folder beside files it must never serve, one in a sibling whose name starts the same. */
function makeRendererFolder() {
  const base = mkdtempSync(join(tmpdir(), 'stepwise-protocol-'));
  const rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(join(base, 'renderer-secrets'));
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), SCRIPT);
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0; }');
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  writeFileSync(join(base, 'renderer-secrets', 'secret.txt'), SECRET);
  return { base, rendererDir };
}

// Made while the tests are collected, because the traversal cases below name its paths.
const { base, rendererDir } = makeRendererFolder();

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const get = (url: string) => serveAppRequest(rendererDir, new Request(url));

/** The policy as a map from directive to its sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(rendererDir, 'app://stepwise/assets/app.js')).toBe(
      join(rendererDir, 'assets', 'app.js'),
    );
    expect(resolveAppPath(rendererDir, 'app://stepwise/')).toBe(join(rendererDir, 'index.html'));
    expect(resolveAppPath(rendererDir, 'app://stepwise/assets/app.js?v=2#top')).toBe(
      join(rendererDir, 'assets', 'app.js'),
    );
  });

  it.each([
    ['an encoded dot-dot deeper down', 'app://stepwise/assets/..%2f..%2fsecret.txt'],
    ['encoded slash after dot-dot', 'app://stepwise/..%2fsecret.txt'],
    ['encoded dot-dot and slash', 'app://stepwise/%2e%2e%2fsecret.txt'],
    ['encoded dot-dot into a sibling', 'app://stepwise/%2e%2e%2Frenderer-secrets%2Fsecret.txt'],
    ['encoded backslash', 'app://stepwise/..%5csecret.txt'],
    ['an absolute path', 'app://stepwise//etc/passwd'],
    ['an encoded absolute path', 'app://stepwise/%2Fetc%2Fpasswd'],
    ['a Windows drive path', 'app://stepwise/C:/Windows/win.ini'],
    ['a null byte', 'app://stepwise/index.html%00.js'],
    ['broken percent-encoding', 'app://stepwise/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['a look-alike host', 'app://stepwise.evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(rendererDir, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it.each([
    'app://stepwise/../secret.txt',
    'app://stepwise/%2e%2e/secret.txt',
    'app://stepwise/..%2fsecret.txt',
    'app://stepwise/..%2f..%2frenderer-secrets/secret.txt',
    'app://stepwise/%2e%2e%2frenderer-secrets%2fsecret.txt',
    'app://stepwise//secret.txt',
    `app://stepwise/${encodeURIComponent(join(base, 'secret.txt'))}`,
    `app://stepwise/${join(base, 'secret.txt')}`,
    'app://stepwise/assets/app.js%00',
    'app://other/assets/app.js',
  ])('answers 404 to %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('serves a file with the type of its extension', async () => {
    const script = await get('app://stepwise/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await script.text()).toBe(SCRIPT);
    expect((await get('app://stepwise/assets/app.css')).headers.get('Content-Type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://stepwise/assets/logo.svg')).headers.get('Content-Type')).toBe('image/svg+xml');
  });

  it('answers the renderer routes with index.html, but missing files with 404', async () => {
    for (const url of ['app://stepwise/', 'app://stepwise/index.html', 'app://stepwise/plans/3/steps']) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe(INDEX);
    }
    expect((await get('app://stepwise/assets/missing.js')).status).toBe(404);
  });

  it('sends the Content-Security-Policy with every page', async () => {
    for (const url of ['app://stepwise/index.html', 'app://stepwise/plans/3']) {
      expect((await get(url)).headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows no eval and no inline or foreign scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('allows no plugins, base changes, form posts or framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('the app scheme', () => {
  it('is registered as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('is handled by serving the renderer folder', async () => {
    handleAppProtocol(rendererDir);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await handler?.(new Request('app://stepwise/assets/app.js'));
    expect(await response?.text()).toBe(SCRIPT);
  });
});

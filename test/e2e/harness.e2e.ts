import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@shared/security';
import {
  Guards,
  assertAccessible,
  heldFrom,
  isInsideApp,
  resolveRequestPath,
  runAxe,
  setupE2e,
  startRendererServer,
} from './harness';
import { AppPage } from './pages/AppPage';

const e2e = setupE2e();

interface DataChangedWindow {
  seen: unknown[];
}

/** A raw GET, so that the path reaches the server exactly as written (fetch would fold `..`). */
function rawGet(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, failed) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', failed);
    req.end();
  });
}

describe('the static server', () => {
  it('serves the renderer with its content types and the app policy, and index.html for routes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'stepwise-server-'));
    try {
      mkdirSync(join(root, 'assets'));
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stepwise</title>');
      writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
      writeFileSync(join(root, 'assets', 'app.css'), 'body {}');
      writeFileSync(join(tmpdir(), 'stepwise-outside.txt'), 'secret');
      const server = await startRendererServer(root);
      try {
        expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const index = await rawGet(server.origin, '/');
        expect(index.status).toBe(200);
        expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
        expect(index.body).toContain('<title>Stepwise</title>');

        expect((await rawGet(server.origin, '/assets/app.js')).headers['content-type']).toBe(
          'text/javascript; charset=utf-8',
        );
        expect((await rawGet(server.origin, '/assets/app.css?v=2')).headers['content-type']).toBe(
          'text/css; charset=utf-8',
        );
        const route = await rawGet(server.origin, '/teams/42');
        expect(route.status).toBe(200);
        expect(route.body).toContain('<title>Stepwise</title>');
        expect((await rawGet(server.origin, '/assets/missing.js')).status).toBe(404);

        // Files are kept by the browser and asked for again: unchanged, they are not sent again.
        const script = await rawGet(server.origin, '/assets/app.js');
        expect(script.headers['cache-control']).toBe('no-cache');
        const etag = String(script.headers.etag);
        const unchanged = await rawGet(server.origin, '/assets/app.js', { 'If-None-Match': etag });
        expect([unchanged.status, unchanged.body]).toEqual([304, '']);
        writeFileSync(join(root, 'assets', 'app.js'), 'export const rebuilt = 1;');
        const changed = await rawGet(server.origin, '/assets/app.js', { 'If-None-Match': etag });
        expect([changed.status, changed.body]).toEqual([200, 'export const rebuilt = 1;']);
        expect(changed.headers.etag).not.toBe(etag);

        // An answer held for the API bridge is served once, as JSON.
        const path = server.hold('{"ok":true,"value":"café"}');
        const held = await rawGet(server.origin, path);
        expect([held.status, held.headers['content-type'], held.body]).toEqual([
          200,
          'application/json; charset=utf-8',
          '{"ok":true,"value":"café"}',
        ]);
        expect(server.hold('[]')).not.toBe(path);
        expect((await rawGet(server.origin, path)).status).toBe(404);

        for (const path of [
          '/../stepwise-outside.txt',
          '/%2e%2e/stepwise-outside.txt',
          '/assets/..%2f..%2fstepwise-outside.txt',
          '/assets/..%5c..%5cstepwise-outside.txt',
          '/%2Ftmp%2Fstepwise-outside.txt',
          '/index.html%00.js',
        ]) {
          const answer = await rawGet(server.origin, path);
          expect(answer.body, path).not.toContain('secret');
          expect(answer.status, path).toBe(404);
        }
      } finally {
        await server.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(join(tmpdir(), 'stepwise-outside.txt'), { force: true });
    }
  });

  it('maps request paths inside the folder only', () => {
    expect(resolveRequestPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveRequestPath('/srv/app', '/assets/a.js?x=1#y')).toBe('/srv/app/assets/a.js');
    // The URL parser folds `..`, even encoded as `%2e%2e`, without going above the root.
    expect(resolveRequestPath('/srv/app', '/assets/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveRequestPath('/srv/app', '/assets/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveRequestPath('/srv/app', '/a%5cb')).toBeNull();
    expect(resolveRequestPath('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});

describe('the guards', () => {
  it('let the app origin and local URLs through and catch everything else', () => {
    const origin = 'http://127.0.0.1:4173';
    expect(isInsideApp(`${origin}/assets/index.js`, origin)).toBe(true);
    expect(isInsideApp('data:image/png;base64,AAAA', origin)).toBe(true);
    expect(isInsideApp(`blob:${origin}/0b7c`, origin)).toBe(true);
    expect(isInsideApp('about:blank', origin)).toBe(true);
    expect(isInsideApp('http://127.0.0.1:4174/', origin)).toBe(false);
    expect(isInsideApp('http://localhost:4173/', origin)).toBe(false);
    expect(isInsideApp('https://127.0.0.1:4173/', origin)).toBe(false);
    expect(isInsideApp('ws://127.0.0.1:4173/', origin)).toBe(false);
    expect(isInsideApp('http://example.invalid/', origin)).toBe(false);
    expect(isInsideApp('not a url', origin)).toBe(false);

    const guards = new Guards(origin);
    expect(guards.checkRequest(`${origin}/index.html`)).toBe(true);
    expect(guards.checkRequest('https://fonts.example.invalid/a.woff2')).toBe(false);
    expect(guards.requests).toEqual([`${origin}/index.html`, 'https://fonts.example.invalid/a.woff2']);
    expect(() => guards.assertClean()).toThrow(/https:\/\/fonts\.example\.invalid\/a\.woff2 leaves the app/);
    expect(() => guards.assertClean()).not.toThrow();
  });
});

describe('the harness', () => {
  it('loads the built app with no request leaving it', async () => {
    const app = await e2e.launchApp();
    await new AppPage(app).sidebar.waitFor();
    expect(app.guards.requests[0]).toBe(`${app.origin}/`);
    expect(app.guards.requests.every((url) => url.startsWith(`${app.origin}/`))).toBe(true);
  });

  it('shows what the database holds, in the language recorded there', async () => {
    const app = await e2e.launchApp({ language: 'fr', sample: true });
    const screen = new AppPage(app);
    await screen.waitForHeading(screen.text.home.title);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const plans = await app.core.call('plan.list', { statuses: ['active'] });
    expect(plans.length).toBeGreaterThan(0);
    const activePlans = app.page.getByRole('list', { name: screen.text.home.activePlans });
    for (const plan of plans) await activePlans.getByText(plan.title, { exact: true }).waitFor();

    await screen.navigate(screen.text.nav.teams, screen.text.teams.title);
    for (const team of await app.core.call('team.list', {})) {
      await app.page.getByText(team.name, { exact: true }).first().waitFor();
    }
    expect(app.bridge.calls.map((call) => call.channel)).toEqual(
      expect.arrayContaining(['settings.get', 'team.list']),
    );
  });

  it('bridges window.api to the real core, events first, and checks the database', async () => {
    const app = await e2e.launchApp();
    const outcome = await app.page.evaluate(async () => {
      const page = window as unknown as DataChangedWindow;
      page.seen = [];
      const stop = window.api.on('data.changed', (payload) => page.seen.push(payload));
      const result = await window.api.invoke('team.create', { name: 'Network Operations', client: 'Acme' });
      const seenBeforeAnswer = page.seen.length;
      stop();
      const refused = await window.api.invoke('team.create', { name: '' });
      return { result, seenBeforeAnswer, seen: page.seen, refused };
    });
    expect(outcome.result).toMatchObject({ ok: true, value: { name: 'Network Operations', client: 'Acme' } });
    expect(outcome.seenBeforeAnswer).toBe(1);
    expect(outcome.seen).toEqual([{ entities: expect.arrayContaining(['team']) }]);
    expect(outcome.refused).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'name' } });
    const teams = await app.core.call('team.list', {});
    expect(teams.map((team) => team.name)).toContain('Network Operations');
    expect(app.bridge.calls.filter((call) => call.channel === 'team.create')).toHaveLength(2);
  });

  it('brings long answers back whole by the server, and short ones with the call', async () => {
    const app = await e2e.launchApp({ sample: true });
    // The built-in model with the most to say: its practices, levels and their words, in two languages.
    const models = await app.core.call('model.list', {});
    const details = await Promise.all(models.map(({ id }) => app.core.call('model.get', { id })));
    const [longest] = details.sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);
    expect(JSON.stringify(longest).length).toBeGreaterThanOrEqual(heldFrom);
    const answers = await app.page.evaluate(async (id) => {
      const fetched = () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/__held/')).length;
      const before = fetched();
      const model = await window.api.invoke('model.get', { id });
      const settings = await window.api.invoke('settings.get', {});
      return { model, settings, fetched: fetched() - before };
    }, longest!.id);
    expect(answers).toEqual({
      model: { ok: true, value: longest },
      settings: { ok: true, value: await app.core.call('settings.get', {}) },
      fetched: 1,
    });
  });

  it('refuses what Electrons IPC could not carry, and unknown events', async () => {
    const app = await e2e.launchApp();
    const refusals = await app.page.evaluate(async () => {
      const cloned = await window.api
        .invoke('team.create', { name: 'x', client: (() => 'y') as unknown as string })
        .then(
          () => 'sent',
          (error: Error) => error.name,
        );
      let unknownEvent = 'subscribed';
      try {
        window.api.on('no.such.event' as 'data.changed', () => undefined);
      } catch (error) {
        unknownEvent = (error as Error).message;
      }
      return { cloned, unknownEvent };
    });
    expect(refusals).toEqual({
      cloned: 'DataCloneError',
      unknownEvent: 'There is no event named no.such.event.',
    });
  });

  it('fails the test on a request leaving the app, even one the policy stops first', async () => {
    const app = await e2e.launchApp();
    const answer = await app.page.evaluate(() =>
      fetch('http://example.invalid/').then(
        () => 'answered',
        () => 'refused',
      ),
    );
    expect(answer).toBe('refused');
    await expect
      .poll(() => app.guards.recorded.map((problem) => problem.url))
      .toContain('http://example.invalid/');

    // A navigation is not the policy's business: the guard stops it before it leaves the machine.
    await app.page.evaluate(() => {
      location.href = 'http://example.invalid/page';
    });
    await expect
      .poll(() => app.guards.recorded.map((problem) => problem.url))
      .toContain('http://example.invalid/page');

    // Taken here so that the test stays green: left in place, they would fail it after it ends.
    const problems = app.guards.take();
    expect(problems.filter((problem) => problem.kind === 'network').map((problem) => problem.url)).toEqual([
      'http://example.invalid/',
      'http://example.invalid/page',
    ]);
    expect(() => app.guards.assertClean()).not.toThrow();
  });

  it('fails the test on console.error and uncaught errors', async () => {
    const app = await e2e.launchApp();
    await app.page.evaluate(() => {
      console.error('something broke');
      setTimeout(() => {
        throw new Error('kaboom');
      });
    });
    await expect
      .poll(() => app.guards.recorded.map((problem) => problem.kind))
      .toEqual(expect.arrayContaining(['console', 'pageerror']));
    const problems = app.guards.take();
    expect(problems.find((problem) => problem.kind === 'console')?.message).toContain('something broke');
    expect(problems.find((problem) => problem.kind === 'pageerror')?.message).toContain('kaboom');
  });

  it('finds serious accessibility violations and lists them readably', async () => {
    const app = await e2e.launchApp();
    await new AppPage(app).sidebar.waitFor();
    await app.page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'nameless';
      document.body.append(button);
    });
    const violations = await runAxe(app.page, { include: ['#nameless'] });
    expect(violations.map((violation) => violation.id)).toContain('button-name');
    await expect(assertAccessible(app.page, { include: ['#nameless'] })).rejects.toThrow(
      /critical\] button-name: Buttons must have discernible text\n {2}https:\/\/dequeuniversity\.com\/.*\n {2}- #nameless/,
    );
  });

  it.each(['en', 'fr'] as const)('writes screenshots/%s/home.png', async (language) => {
    const app = await e2e.launchApp({ language, sample: true });
    await new AppPage(app).sidebar.waitFor();
    const path = await app.screenshot('home');
    expect(path.endsWith(join('screenshots', language, 'home.png'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).size).toBeGreaterThan(5_000);
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
  });
});

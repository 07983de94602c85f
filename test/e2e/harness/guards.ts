import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

export type GuardKind = 'network' | 'csp' | 'console' | 'pageerror';

export interface GuardProblem {
  kind: GuardKind;
  message: string;
  /** For `network`: the address the page tried to reach. */
  url?: string;
}

/**
 * True for what stays inside the app: its own origin, and `data:`, `blob:` and `about:` URLs, which
 * never reach a network.
 */
export function isInsideApp(url: string, appOrigin: string): boolean {
  const parsed = URL.parse(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'about:') return true;
  // A blob URL's origin is the page's that made it: `blob:http://127.0.0.1:…/…`.
  return parsed.origin === appOrigin;
}

/**
 * What the page did that must fail the test: a request leaving the app ("no network, ever"), anything
 * the Content-Security-Policy refused, a `console.error`, an uncaught error. Every request is recorded.
 */
export class Guards {
  /** Every URL the page requested, in order, allowed or not. */
  readonly requests: string[] = [];
  private problems: GuardProblem[] = [];

  constructor(readonly appOrigin: string) {}

  /** Records a request and tells whether it may go ahead; one leaving the app is a problem. */
  checkRequest(url: string, what = 'request'): boolean {
    this.requests.push(url);
    if (isInsideApp(url, this.appOrigin)) return true;
    this.problems.push({
      kind: 'network',
      url,
      message: `${what} to ${url} leaves the app (${this.appOrigin})`,
    });
    return false;
  }

  /** A `securitypolicyviolation` in the page: the policy stopped something, which the app must never try. */
  cspViolation(blockedUri: string, directive: string, source = ''): void {
    const parsed = URL.parse(blockedUri);
    if (parsed !== null && parsed.protocol !== 'data:' && !isInsideApp(blockedUri, this.appOrigin)) {
      this.problems.push({
        kind: 'network',
        url: blockedUri,
        message: `request to ${blockedUri} leaves the app (refused by ${directive})`,
      });
    } else {
      const where = source ? ` (${source})` : '';
      this.problems.push({
        kind: 'csp',
        message: `${directive} refused ${blockedUri || 'a resource'}${where}`,
      });
    }
  }

  consoleError(message: ConsoleMessage): void {
    const { url, lineNumber, columnNumber } = message.location();
    const where = url ? ` (${url}:${lineNumber + 1}:${columnNumber + 1})` : '';
    this.problems.push({ kind: 'console', message: `console.error: ${message.text()}${where}` });
  }

  pageError(error: Error): void {
    this.problems.push({ kind: 'pageerror', message: `uncaught ${error.stack ?? error.message}` });
  }

  /** The problems recorded so far, without clearing them. */
  get recorded(): readonly GuardProblem[] {
    return this.problems;
  }

  /** Returns the problems recorded so far and forgets them: for a test that expects some. */
  take(): GuardProblem[] {
    const taken = this.problems;
    this.problems = [];
    return taken;
  }

  /** Throws, listing them, when problems were recorded (and forgets them, so each is reported once). */
  assertClean(): void {
    const problems = this.take();
    if (problems.length === 0) return;
    const lines = problems.map((problem) => `  - [${problem.kind}] ${problem.message}`);
    throw new Error(`The page did ${problems.length} thing(s) it must never do:\n${lines.join('\n')}`);
  }
}

declare const __stepwiseCspViolation: (blockedUri: string, directive: string, source: string) => void;

/** Wires the guards to a context and its page; call before the first navigation. */
export async function watchPage(context: BrowserContext, page: Page, guards: Guards): Promise<void> {
  context.on('request', (request) => {
    guards.checkRequest(request.url(), request.isNavigationRequest() ? 'navigation' : 'request');
  });
  page.on('websocket', (socket) => {
    guards.checkRequest(socket.url(), 'WebSocket');
  });
  // Recorded by the `request` listener; the route only makes sure that nothing leaves the machine.
  await context.route(
    (url) => !isInsideApp(url.href, guards.appOrigin),
    (route) => route.abort('blockedbyclient'),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') guards.consoleError(message);
  });
  page.on('pageerror', (error) => guards.pageError(error));
  // The policy stops a foreign fetch before it becomes a request, so the page reports what it refused.
  await page.exposeFunction(
    '__stepwiseCspViolation',
    (blockedUri: string, directive: string, source: string) =>
      guards.cspViolation(blockedUri, directive, source),
  );
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        __stepwiseCspViolation(
          event.blockedURI,
          event.effectiveDirective,
          event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '',
        ),
      true,
    );
  });
}

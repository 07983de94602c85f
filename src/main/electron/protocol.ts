/** Registers the `app://` scheme (src/main/shell/appProtocol.ts) with Electron. */
import { protocol } from 'electron';
import { APP_SCHEME, serveAppRequest } from '../shell/appProtocol';

/**
 * Must run before the app is ready: privileges cannot be granted later. `codeCache` keeps V8's compiled
 * code of the window's scripts between launches, as Chromium does for http: each opening after the
 * first skips compiling them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}

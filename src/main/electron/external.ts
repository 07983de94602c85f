/** The one way out of the app to the user's browser. */
import { shell } from 'electron';

/** Hosts the app links to. Add a host here when the app gains a link to it, not before. */
export const externalHosts: readonly string[] = ['github.com'];

/** Only plain https links to an allowlisted host: no other scheme, port or credentials in the URL. */
function allowedExternalUrl(url: string): URL | null {
  const parsed = URL.parse(url);
  const allowed =
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    externalHosts.includes(parsed.hostname);
  return allowed ? parsed : null;
}

/** Opens the URL in the user's browser if it is allowed; returns whether it was handed over. */
export function openExternalSafe(url: string): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) return false;
  // The parsed form, so the browser opens exactly what was checked (the parser drops tabs and newlines).
  // Electronegativity asks for a review of every openExternal: this one gets only allowlisted https URLs.
  const opening = shell.openExternal(allowed.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  opening.catch((error: unknown) => {
    // Nothing in the window waits on this; a missing browser is the OS's message to show.
    console.error('Could not open an external link:', error);
  });
  return true;
}

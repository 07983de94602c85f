/** The one way out of the app to the user's browser. */
import { shell } from 'electron';
import { allowedExternalUrl } from '../shell/externalLinks';

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

/** Which links may leave the app for the user's browser: plain rules, run and tested under Node. */

/** Hosts the app links to. Add a host here when the app gains a link to it, not before. */
export const externalHosts: readonly string[] = ['github.com'];

/** Only plain https links to an allowlisted host: no other scheme, port or credentials in the URL. */
export function allowedExternalUrl(url: string): URL | null {
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

/**
 * The Content-Security-Policy of the app's pages: scripts only from the app itself, no eval, no inline
 * scripts. Inline styles stay allowed for the dynamic colours of charts and team swatches.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

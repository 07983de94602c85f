/**
 * The print view of a plan's report: the route the PDF printers open (Electron's hidden window in the
 * app, the test browser in tests) and the signal the view gives once it can be printed.
 */
import type { Language } from './domain/settings';

export interface PrintRequest {
  planId: string;
  language: Language;
  clientCopy: boolean;
}

/** `#/print/<planId>?lang=fr&clientCopy=true`: the renderer's `print` screen. */
export const printRoute = ({ planId, language, clientCopy }: PrintRequest): string =>
  `#/print/${encodeURIComponent(planId)}?lang=${language}&clientCopy=${String(clientCopy)}`;

/**
 * Set on `<html>` by the print view: `ready` once the report, its charts and fonts are laid out, `failed`
 * when the report cannot be shown (the printer then stops at once instead of waiting).
 */
export const printStateAttribute = 'data-print-state';
export type PrintState = 'ready' | 'failed';

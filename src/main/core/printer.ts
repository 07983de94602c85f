import type { PrintRequest } from '@shared/print';
import { DomainError } from '@shared/result';

/**
 * How the core turns a plan's print view into PDF bytes. Only a browser can lay out the view: the
 * Electron shell prints it in a hidden window, the e2e harness in its Chromium. Rejects with a reason
 * when the view cannot be printed.
 */
export interface PdfPrinter {
  print(request: PrintRequest): Promise<Uint8Array>;
}

/** For a core without a renderer (the command line, scripts): PDF exports fail plainly. */
export const noPrinter: PdfPrinter = {
  print: () =>
    Promise.reject(new DomainError('internal', 'A PDF can only be printed from the Stepwise app window.')),
};

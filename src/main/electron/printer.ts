/** The core's PDF printer in the app: the report's print view, laid out in a hidden window, printed by Chromium. */
import type { BrowserWindow } from 'electron';
import { printRoute, printStateAttribute, type PrintState } from '@shared/print';
import { DomainError } from '@shared/result';
import type { PdfPrinter } from '../core/printer';
import { createSecureWindow } from './window';

export interface WindowPrinterOptions {
  preloadPath: string;
  /** The app's page, `app://stepwise/index.html` (or the dev server's): the print route is its hash. */
  appUrl: string;
  /** How long the view may take to load its report and lay it out. */
  timeoutMs?: number;
  pollMs?: number;
}

const readState = `document.documentElement.getAttribute(${JSON.stringify(printStateAttribute)})`;

export function windowPrinter(options: WindowPrinterOptions): PdfPrinter {
  const { preloadPath, appUrl, timeoutMs = 30_000, pollMs = 100 } = options;
  return {
    print: async (request) => {
      const window = createSecureWindow({
        preloadPath,
        url: new URL(printRoute(request), appUrl).href,
        hidden: true,
      });
      try {
        await loaded(window);
        await untilReady(window, Date.now() + timeoutMs, pollMs);
        // The page's own @page rules set the margins, header and footer, and A4 as the view asks.
        return await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
      } finally {
        window.destroy();
      }
    },
  };
}

function loaded(window: BrowserWindow): Promise<void> {
  return new Promise((done, failed) => {
    window.webContents.once('did-finish-load', () => done());
    window.webContents.once('did-fail-load', (_event, _code, description: string) =>
      failed(new DomainError('internal', `The report's page could not be loaded: ${description}.`)),
    );
  });
}

/** Asks the page for its print state until it is ready, it failed, or time runs out. */
async function untilReady(window: BrowserWindow, deadline: number, pollMs: number): Promise<void> {
  for (;;) {
    const state = (await window.webContents.executeJavaScript(readState)) as PrintState | null;
    if (state === 'ready') return;
    if (state === 'failed') {
      throw new DomainError('internal', 'The report could not be prepared for printing.');
    }
    if (Date.now() >= deadline) {
      throw new DomainError('internal', 'The report took too long to prepare for printing.');
    }
    await new Promise((resume) => setTimeout(resume, pollMs));
  }
}

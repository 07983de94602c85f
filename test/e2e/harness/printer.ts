import type { BrowserContext } from 'playwright-core';
import { printRoute, printStateAttribute, type PrintRequest } from '@shared/print';
import { DomainError } from '@shared/result';
import type { Core } from '../../../src/main/core/core';
import type { PdfPrinter } from '../../../src/main/core/printer';
import { bridgeApiToPage } from './bridge';
import type { Guards } from './guards';

export interface PrinterTarget {
  context: BrowserContext;
  origin: string;
  core: Core;
  guards: Guards;
}

/**
 * The core's PDF printer in the e2e harness, as the app's hidden window is in Electron: the print view
 * opened in a new page of the app's browser context, on the same core, and printed by Chromium once it
 * says it is ready. The page's errors fail the test like the app's own.
 */
export class ChromiumPrinter implements PdfPrinter {
  private target: PrinterTarget | null = null;

  constructor(private readonly timeoutMs = 30_000) {}

  /** The core is made before the browser context it prints in: the harness attaches it once both exist. */
  attach(target: PrinterTarget): void {
    this.target = target;
  }

  print = async (request: PrintRequest): Promise<Uint8Array> => {
    if (!this.target) throw new Error('The printer is not attached to a browser context yet.');
    const { context, origin, core, guards } = this.target;
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') guards.consoleError(message);
    });
    page.on('pageerror', (error) => guards.pageError(error));
    const bridge = await bridgeApiToPage(page, core);
    try {
      await page.goto(`${origin}/${printRoute(request)}`, { waitUntil: 'load' });
      const html = page.locator(`html[${printStateAttribute}]`);
      await html.waitFor({ state: 'attached', timeout: this.timeoutMs });
      if ((await html.getAttribute(printStateAttribute)) !== 'ready') {
        throw new DomainError('internal', 'The report could not be prepared for printing.');
      }
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      bridge.detach();
      await page.close();
    }
  };
}

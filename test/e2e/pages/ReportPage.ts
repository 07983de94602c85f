import type { Locator } from 'playwright-core';
import { printRoute, printStateAttribute } from '@shared/print';
import type { StepwiseApp } from '../harness';
import { AppPage } from './AppPage';

/** The print view of a plan's report (`#/print/<planId>?lang=…&clientCopy=…`), as the PDF printers open it. */
export class ReportPage extends AppPage {
  constructor(private readonly app: StepwiseApp) {
    super(app);
  }

  async open(planId: string, clientCopy: boolean): Promise<void> {
    await this.app.goto(printRoute({ planId, language: this.language, clientCopy }));
    await this.page.locator(`html[${printStateAttribute}="ready"]`).waitFor({ state: 'attached' });
  }

  get report(): Locator {
    return this.page.getByRole('article');
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }
}

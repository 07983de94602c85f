import type { Page } from 'playwright-core';
import type { Messages } from '../../../src/renderer/i18n/en';

/** Closes the confirmations still on screen, so that a screenshot shows the screen rather than them. */
export async function dismissToasts(page: Page, text: Messages): Promise<void> {
  const dismiss = page.getByRole('button', { name: text.common.dismiss, exact: true });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

/** The Settings screen; so far what a user does in its Backups section. */
export class SettingsPage extends AppPage {
  open = () => this.navigate(this.text.nav.settings, this.text.settings.title);

  get backups(): Locator {
    return this.page.getByRole('region', { name: this.text.backups.title, exact: true });
  }

  get backupList(): Locator {
    return this.backups.getByRole('table', { name: this.text.backups.listLabel });
  }

  /** The rows of the list, newest first, without the header. */
  backupRows(): Locator {
    return this.backupList.locator('tbody tr');
  }

  async backUpNow(): Promise<void> {
    const before = await this.backupRows().count();
    await this.backups.getByRole('button', { name: this.text.backups.backUpNow, exact: true }).click();
    await this.backupRows().nth(before).waitFor();
  }

  /** Scrolls the Backups section to the top of the window, as a user reading it would. */
  async showBackups(): Promise<void> {
    await this.backups.evaluate((section) => section.scrollIntoView({ block: 'start' }));
  }

  /** Closes the confirmations shown at the foot of the window. */
  async dismissToasts(): Promise<void> {
    for (const dismiss of await this.page.getByRole('button', { name: this.text.common.dismiss }).all()) {
      await dismiss.click();
    }
  }

  async openBackupFolder(): Promise<void> {
    await this.backups.getByRole('button', { name: this.text.backups.openFolder, exact: true }).click();
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.text.backups.restoreTitle });
  }

  /** Opens the confirmation for the backup in the given row (0: the newest). */
  async askToRestore(row: number): Promise<void> {
    await this.backupRows().nth(row).getByRole('button').click();
    await this.restoreDialog.waitFor();
  }

  async confirmRestore(): Promise<void> {
    await this.restoreDialog
      .getByRole('button', { name: this.text.backups.restoreConfirm, exact: true })
      .click();
    await this.restoreDialog.waitFor({ state: 'detached' });
  }
}

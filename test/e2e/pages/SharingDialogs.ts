import type { Locator } from 'playwright-core';
import type { Language } from '@shared/domain/settings';
import type { RegisterField } from '@shared/domain/sharing';
import { AppPage } from './AppPage';
import { say } from './wording';

export type ExportFormat = 'pdf' | 'xlsx' | 'csv-steps' | 'csv-assessments' | 'planFile';

/** Accessible names start with the words; spaces match any space (names fold French no-break spaces). */
const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s')}`);

/**
 * The sharing dialogs: exporting a plan from its page (`Share`), importing a CSI register into it
 * (`Import steps`), and importing a plan file from the Plans screen. The files main opens are queued by
 * the test on the core's folder (`app.core.files.willOpen(path)`) before the dialog asks.
 */
export class SharingDialogs extends AppPage {
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  // Share

  async openShare(): Promise<void> {
    await this.button(this.text.sharing.share).click();
    await this.dialog.getByRole('radiogroup').or(this.dialog.getByRole('group').first()).first().waitFor();
  }

  async chooseExport(format: ExportFormat, options: { language?: Language; clientCopy?: boolean } = {}) {
    await this.dialog.getByRole('radio', { name: startingWith(this.text.sharing.formats[format]) }).check();
    if (options.language) {
      const name = options.language === 'en' ? this.text.settings.english : this.text.settings.french;
      await this.dialog.getByRole('radio', { name, exact: true }).check();
    }
    if (options.clientCopy !== undefined) {
      await this.dialog
        .getByRole('checkbox', { name: this.text.sharing.clientCopy, exact: true })
        .setChecked(options.clientCopy);
    }
  }

  /** Exports and returns the confirmation the dialog shows: "Saved as …". */
  async export(): Promise<string> {
    await this.dialog.getByRole('button', { name: this.text.sharing.export, exact: true }).click();
    const saved = this.dialog
      .getByRole('status')
      .filter({ hasText: startingWith(say(this.text.sharing.saved, { fileName: '' }).replace(/\.$/, '')) });
    await saved.waitFor();
    return ((await saved.textContent()) ?? '').trim();
  }

  async exportAnother(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.text.sharing.exportAnother, exact: true }).click();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.text.common.close, exact: true }).first().click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  // Plan file import

  async importPlanFile(): Promise<void> {
    await this.button(this.text.sharing.importPlanFile).click();
    await this.dialog
      .getByRole('table', { name: this.text.sharing.whatHappens })
      .or(this.dialog.getByRole('alert'))
      .waitFor();
  }

  /** The preview's or result's table: for each kind of row, added, updated and kept. */
  async importCounts(caption: string): Promise<Record<string, number[]>> {
    const rows = this.dialog.getByRole('table', { name: caption }).getByRole('row');
    const counts: Record<string, number[]> = {};
    for (const row of (await rows.all()).slice(1)) {
      const [entity, ...numbers] = await row
        .getByRole('cell')
        .or(row.getByRole('rowheader'))
        .allTextContents();
      counts[entity ?? ''] = numbers.map(Number);
    }
    return counts;
  }

  async confirmImport(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.text.sharing.import, exact: true }).click();
    await this.dialog.getByRole('table', { name: this.text.sharing.whatHappened }).waitFor();
  }

  // CSI register import

  async openRegisterImport(): Promise<void> {
    await this.button(this.text.sharing.importRegister).click();
    await this.dialog
      .getByRole('group', { name: this.text.sharing.columns })
      .or(this.dialog.getByRole('alert'))
      .waitFor();
  }

  columnSelect(header: string): Locator {
    return this.dialog.getByRole('combobox', {
      name: say(this.text.sharing.fieldFor, { column: header }),
      exact: true,
    });
  }

  async mapColumn(header: string, field: RegisterField | null): Promise<void> {
    const label = field === null ? this.text.sharing.ignore : this.text.sharing.registerFields[field];
    await this.columnSelect(header).selectOption({ label });
    await this.dialog.locator('.register-rows[aria-busy="false"]').waitFor();
  }

  /** The register's rows: their number and what the check column says. */
  async registerRows(): Promise<[number, string][]> {
    const rows = await this.dialog.getByRole('table').getByRole('row').all();
    const read = async (row: Locator): Promise<[number, string]> => [
      Number(await row.getByRole('rowheader').textContent()),
      ((await row.getByRole('cell').last().textContent()) ?? '').trim(),
    ];
    return Promise.all(rows.slice(1).map(read));
  }

  async importSteps(count: number): Promise<string> {
    await this.dialog
      .getByRole('button', {
        name: say(this.text.sharing[count === 1 ? 'importSteps_one' : 'importSteps_other'], { count }),
        exact: true,
      })
      .click();
    const done = this.dialog.getByRole('status');
    await done.filter({ has: this.page.locator('.icon') }).waitFor();
    return ((await done.textContent()) ?? '').trim();
  }
}

import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';
import { dismissToasts } from './toasts';
import { say } from './wording';

export interface NewDimension {
  name: string;
  nameFr?: string;
  description?: string;
}

/** The maturity models (`#/models`) and one model (`#/models/<id>`): its scale, axes and dimensions. */
export class ModelsPage extends AppPage {
  open = () => this.navigate(this.text.nav.models, this.text.models.title);

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  dismissToasts = () => dismissToasts(this.page, this.text);

  /** A dialog's field by its label. */
  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** Submits the open dialog with its primary button and waits for it to close. */
  async confirm(button: string): Promise<void> {
    await this.dialog.getByRole('button', { name: button, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async createModel(name: string, options: { nameFr?: string; description?: string } = {}): Promise<void> {
    await this.button(this.text.models.newModel).first().click();
    await this.field(this.text.fields.name).fill(name);
    if (options.nameFr) await this.field(this.text.fields.nameFr).fill(options.nameFr);
    if (options.description) await this.field(this.text.fields.description).fill(options.description);
    await this.confirm(this.text.models.create);
    await this.waitForHeading(name);
  }

  async openModel(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.waitForHeading(name);
  }

  async copyModel(name: string, copyName: string): Promise<void> {
    await this.button(say(this.text.models.copyNamed, { name })).click();
    await this.field(this.text.models.copyNameLabel).fill(copyName);
    await this.confirm(this.text.models.copyConfirm);
    await this.waitForHeading(copyName);
  }

  get levels(): Locator {
    return this.page.getByRole('table', { name: this.text.models.levelsTitle, exact: true });
  }

  async addLevel(value: number, label: string, description = ''): Promise<void> {
    await this.button(this.text.models.addLevel).click();
    await this.field(this.text.fields.value).fill(String(value));
    await this.field(this.text.fields.label).fill(label);
    if (description) await this.field(this.text.fields.description).fill(description);
    await this.confirm(this.text.models.addLevel);
    await this.levels.getByRole('rowheader', { name: label, exact: true }).waitFor();
  }

  axis(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async addAxis(name: string, nameFr = ''): Promise<void> {
    await this.button(this.text.models.addAxis).first().click();
    await this.field(this.text.fields.name).fill(name);
    if (nameFr) await this.field(this.text.fields.nameFr).fill(nameFr);
    await this.confirm(this.text.models.addAxis);
    await this.axis(name).waitFor();
  }

  async addDimension(axis: string, dimension: NewDimension): Promise<void> {
    await this.button(say(this.text.models.addDimensionTo, { axis })).click();
    await this.field(this.text.fields.name).fill(dimension.name);
    if (dimension.nameFr) await this.field(this.text.fields.nameFr).fill(dimension.nameFr);
    if (dimension.description) await this.field(this.text.fields.description).fill(dimension.description);
    await this.confirm(this.text.models.addDimension);
    await this.row(dimension.name).waitFor();
  }

  /** A dimension's row, by its name as shown. */
  row(name: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .last();
  }

  /** The dimensions of an axis, in the order shown. */
  async dimensionsOf(axis: string): Promise<string[]> {
    const names = this.axis(axis).locator('.dimension-row__name .strong');
    return (await names.allTextContents()).map((name) => name.trim());
  }

  async renameDimension(name: string, newName: string): Promise<void> {
    await this.button(say(this.text.models.editNamed, { name })).click();
    await this.field(this.text.fields.name).fill(newName);
    await this.confirm(this.text.common.save);
    await this.row(newName).waitFor();
  }

  async moveDimension(name: string, direction: 'up' | 'down'): Promise<void> {
    const label = direction === 'up' ? this.text.models.moveUpNamed : this.text.models.moveDownNamed;
    await this.button(say(label, { name })).click();
  }

  /** Alt+↑ or Alt+↓ with the focus on one of the row's buttons, as a keyboard user reorders. */
  async moveDimensionByKeyboard(name: string, direction: 'up' | 'down'): Promise<void> {
    await this.button(say(this.text.models.editNamed, { name })).focus();
    await this.page.keyboard.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
  }

  async retireDimension(name: string): Promise<void> {
    await this.button(say(this.text.models.retireNamed, { name })).click();
    await this.button(say(this.text.models.restoreNamed, { name })).waitFor();
  }

  /** Asks to delete a dimension; returns the refusal shown, or null once it is deleted. */
  async deleteDimension(name: string): Promise<string | null> {
    await this.button(say(this.text.models.deleteNamed, { name })).click();
    await this.dialog.getByRole('button', { name: this.text.common.delete, exact: true }).click();
    const refusal = this.dialog.getByRole('alert');
    const outcome = await Promise.race([
      refusal.waitFor().then(() => 'refused' as const),
      this.dialog.waitFor({ state: 'detached' }).then(() => 'deleted' as const),
    ]);
    return outcome === 'refused' ? ((await refusal.textContent()) ?? '').trim() : null;
  }
}

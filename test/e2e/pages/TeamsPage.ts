import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

/** The Teams screen: the list, the team dialog, archive, restore and delete. */
export class TeamsPage extends AppPage {
  open = () => this.navigate(this.text.nav.teams, this.text.teams.title);

  get list(): Locator {
    return this.page.getByRole('table', { name: this.text.teams.listLabel });
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openNewTeam(): Promise<void> {
    await this.button(this.text.teams.newTeam).first().click();
    await this.dialog.waitFor();
  }

  async fillTeam(team: { name?: string; client?: string; serviceScope?: string }): Promise<void> {
    const fields = this.text.fields;
    if (team.name !== undefined) await this.dialog.getByLabel(fields.name, { exact: true }).fill(team.name);
    if (team.client !== undefined)
      await this.dialog.getByLabel(fields.client, { exact: true }).fill(team.client);
    if (team.serviceScope !== undefined) {
      await this.dialog.getByLabel(fields.serviceScope, { exact: true }).fill(team.serviceScope);
    }
  }

  async addTeam(team: { name: string; client?: string; serviceScope?: string }): Promise<void> {
    await this.openNewTeam();
    await this.fillTeam(team);
    await this.dialog.getByRole('button', { name: this.text.teams.create }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.row(team.name).waitFor();
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.button(this.text.teams.editNamed.replace('{{name}}', name)).click();
    await this.fillTeam({ name: newName });
    await this.dialog.getByRole('button', { name: this.text.common.save, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.row(newName).waitFor();
  }

  async archive(name: string): Promise<void> {
    await this.button(this.text.teams.archiveNamed.replace('{{name}}', name)).click();
    await this.row(name).waitFor({ state: 'detached' });
  }

  async restore(name: string): Promise<void> {
    await this.button(this.text.teams.restoreNamed.replace('{{name}}', name)).click();
    await this.button(this.text.teams.archiveNamed.replace('{{name}}', name)).waitFor();
  }

  /** Asks to delete a team from its row: the dialog says what goes with it. */
  async openDelete(name: string): Promise<void> {
    await this.button(this.text.teams.deleteNamed.replace('{{name}}', name)).click();
    await this.dialog.waitFor();
  }

  async confirmDelete(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: this.text.teams.deleteConfirm, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.row(name).waitFor({ state: 'detached' });
  }

  async showArchived(shown: boolean): Promise<void> {
    await this.page.getByLabel(this.text.teams.showArchived).setChecked(shown);
  }
}

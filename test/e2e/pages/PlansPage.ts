import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

export interface NewPlan {
  team: string;
  client: string;
  /** The model's label as the select shows it. */
  model: string;
  title: string;
  objective?: string;
  owner?: string;
}

/** The Plans screen: the list with its filters, a plan's status, the new plan dialog. */
export class PlansPage extends AppPage {
  open = () => this.navigate(this.text.nav.plans, this.text.plans.title);

  get list(): Locator {
    return this.page.getByRole('table', { name: this.text.plans.listLabel });
  }

  row(title: string): Locator {
    return this.list.getByRole('row').filter({ hasText: title });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async addPlan(plan: NewPlan): Promise<void> {
    await this.fillNewPlan(plan);
    await this.createFilledPlan(plan.title);
  }

  /** Opens the new plan dialog and fills it in, without creating the plan. */
  async fillNewPlan(plan: NewPlan): Promise<void> {
    await this.button(this.text.plans.newPlan).first().click();
    await this.dialog.waitFor();
    const fields = this.text.fields;
    const teamLabel = this.text.common.teamAndClient
      .replace('{{team}}', plan.team)
      .replace('{{client}}', plan.client);
    await this.dialog.getByLabel(fields.teamId, { exact: true }).selectOption({ label: teamLabel });
    await this.dialog.getByLabel(fields.modelId, { exact: true }).selectOption({ label: plan.model });
    await this.dialog.getByLabel(fields.title, { exact: true }).fill(plan.title);
    if (plan.objective) await this.dialog.getByLabel(fields.objective, { exact: true }).fill(plan.objective);
    if (plan.owner) await this.dialog.getByLabel(fields.owner, { exact: true }).fill(plan.owner);
  }

  /** Creates the plan the dialog holds and waits for it in the list. */
  async createFilledPlan(title: string): Promise<void> {
    await this.dialog.getByRole('button', { name: this.text.plans.create }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.row(title).waitFor();
  }

  async setStatus(title: string, status: keyof PlansPage['text']['status']['plan']): Promise<void> {
    const select = this.page.getByLabel(this.text.plans.statusOf.replace('{{title}}', title), {
      exact: true,
    });
    await select.selectOption({ label: this.text.status.plan[status] });
  }

  async filterByTeam(team: string): Promise<void> {
    await this.page.getByLabel(this.text.plans.filterTeam, { exact: true }).selectOption({ label: team });
  }
}

import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

type Group = 'reviewsDue' | 'overdueSteps' | 'stallingPlans';

/** Home: what needs attention today, key figures and active plans; the welcome on an empty database. */
export class HomePage extends AppPage {
  async open(): Promise<void> {
    await this.navigate(this.text.nav.home, this.text.home.title);
  }

  get attention(): Locator {
    return this.page.getByRole('region', { name: this.text.attention.title, exact: true });
  }

  /** One group of the attention panel: reviews due, overdue steps or stalling plans. */
  group(group: Group): Locator {
    return this.attention.getByRole('region', { name: new RegExp(`^${this.text.attention[group]}`) });
  }

  /** The titles listed in a group, as links to their plans. */
  async titles(group: Group): Promise<string[]> {
    return (await this.group(group).getByRole('listitem').getByRole('link').allTextContents()).filter(
      (text) => !text.includes(this.text.attention.startWorkshop),
    );
  }

  async showAll(group: Group): Promise<void> {
    const more = this.group(group).getByRole('button', {
      name: new RegExp(this.text.attention.showAll.split('{{')[0]!),
    });
    if ((await more.count()) > 0) await more.click();
  }
}

import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** A team's dashboard: its plan's figures, targets and charts. */
export class TeamDashboardPage extends AppPage {
  /** Opens the dashboard the way a user does: from the list of teams. */
  async open(teamName: string): Promise<void> {
    await this.navigate(this.text.nav.teams, this.text.teams.title);
    await this.page
      .getByRole('table', { name: this.text.teams.listLabel })
      .getByRole('link', { name: teamName, exact: true })
      .click();
    await this.waitForHeading(teamName);
    await this.targets.waitFor();
  }

  get targets(): Locator {
    return this.page.getByRole('table', { name: this.text.teamDashboard.targetsTitle });
  }

  /** The row of a target, by the name of its dimension. */
  targetRow(dimensionName: string): Locator {
    return this.targets
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: dimensionName }) });
  }

  /** The value of a figure of the plan, by its label. */
  async tile(label: string): Promise<string> {
    const tile = this.page
      .getByRole('region', { name: this.text.teamDashboard.tiles.label })
      .locator('.stat')
      .filter({ has: this.page.locator('dt', { hasText: label }) });
    return ((await tile.locator('dd').textContent()) ?? '').trim();
  }

  /** A chart, by its title. */
  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title, exact: true });
  }

  get charts(): Locator {
    return this.page.getByRole('figure');
  }

  /** Shows a chart's figures as a table and returns that table. */
  async chartTable(title: string): Promise<Locator> {
    const chart = this.chart(title);
    await chart.getByRole('button', { name: this.text.charts.showTable }).click();
    const table = chart.getByRole('table');
    await table.waitFor();
    return table;
  }

  /** Scrolls a section of the dashboard to the top of the window, by its heading. */
  async scrollTo(heading: string): Promise<void> {
    await this.page
      .getByRole('heading', { level: 2, name: heading, exact: true })
      .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  }

  /** Moves the pointer off the charts, so that no tooltip stays open on a screenshot. */
  async moveMouseAway(): Promise<void> {
    await this.sidebar.hover();
  }

  async choosePlan(title: string): Promise<void> {
    await this.page.getByLabel(this.text.teamDashboard.plan, { exact: true }).selectOption({ label: title });
    await this.page.getByRole('combobox', { name: this.text.teamDashboard.plan }).waitFor();
  }

  /** The words of a target's levels for screen readers, as the row says them. */
  levelsSaid(levels: { baseline: string; current: string; target: string }): string {
    return fill(this.text.teamDashboard.levelsSaid, levels);
  }
}

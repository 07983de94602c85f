import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** The portfolio: a heatmap per model, the watch lists and what changed. */
export class PortfolioPage extends AppPage {
  async open(): Promise<void> {
    await this.navigate(this.text.nav.portfolio, this.text.portfolio.title);
    await this.page.getByRole('heading', { name: this.text.portfolio.changesTitle }).waitFor();
  }

  /** The heatmap of a model (a table), for what the cells show. */
  heatmap(modelName: string, mode: 'gap' | 'level' = 'gap'): Locator {
    const caption = mode === 'gap' ? this.text.portfolio.heatmapGap : this.text.portfolio.heatmapLevel;
    return this.page.getByRole('table', { name: fill(caption, { model: modelName }) });
  }

  /** The teams of a heatmap, in the order shown. */
  async teamsOf(heatmap: Locator): Promise<string[]> {
    return heatmap.locator('tbody').getByRole('rowheader').getByRole('link').allTextContents();
  }

  async show(mode: 'gap' | 'level'): Promise<void> {
    await this.page.getByRole('radio', { name: this.text.portfolio.modes[mode] }).check();
  }

  async sortBy(sort: 'team' | 'gap' | 'progress'): Promise<void> {
    await this.page
      .getByLabel(this.text.portfolio.sortBy, { exact: true })
      .selectOption({ label: this.text.portfolio.sorts[sort] });
  }

  async filterClient(client: string): Promise<void> {
    await this.page
      .getByLabel(this.text.portfolio.filterClient, { exact: true })
      .selectOption({ label: client });
  }

  async clearFilters(): Promise<void> {
    await this.button(this.text.portfolio.clearFilters).click();
  }

  get atRisk(): Locator {
    return this.page.getByRole('region', { name: this.text.portfolio.atRiskTitle });
  }

  get stalling(): Locator {
    return this.page.getByRole('region', { name: this.text.portfolio.stallingTitle });
  }

  get changes(): Locator {
    return this.page.getByRole('region', { name: this.text.portfolio.changesTitle });
  }

  async comparePeriod(from: string, to: string): Promise<void> {
    await this.changes.getByLabel(this.text.portfolio.to, { exact: true }).fill(to);
    await this.changes.getByLabel(this.text.portfolio.from, { exact: true }).fill(from);
  }

  /** A total of "what changed", by its label. */
  async changeTotal(label: string): Promise<string> {
    const total = this.changes
      .locator('.changes__total')
      .filter({ has: this.page.locator('dt', { hasText: label }) });
    return ((await total.locator('dd').textContent()) ?? '').trim();
  }
}

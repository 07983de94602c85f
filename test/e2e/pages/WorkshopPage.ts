import type { Locator } from 'playwright-core';
import type { Messages } from '../../../src/renderer/i18n/en';
import { AppPage } from './AppPage';
import { say } from './wording';

type Stage = keyof Messages['workshop']['stages'];

/** Workshop mode (`#/workshop/<planId>`): the start, then each part of the agenda, then the summary. */
export class WorkshopPage extends AppPage {
  /** From the Plans screen, the plan's "Start a workshop" link. */
  async openFromPlans(planTitle: string): Promise<void> {
    await this.navigate(this.text.nav.plans, this.text.plans.title);
    await this.page
      .getByRole('link', { name: say(this.text.workshop.startOn, { title: planTitle }), exact: true })
      .click();
    await this.waitForHeading(planTitle);
  }

  async start(participants: readonly string[]): Promise<void> {
    const field = this.page.getByRole('textbox', {
      name: this.text.workshop.start.participants,
      exact: true,
    });
    for (const name of participants) {
      await field.fill(name);
      await field.press('Enter');
    }
    await this.button(this.text.workshop.start.begin).click();
    await this.waitForStage('steps');
  }

  /** Waits until the part of the agenda on screen is `stage`. */
  async waitForStage(stage: Stage): Promise<void> {
    await this.page
      .getByRole('heading', { level: 2, name: new RegExp(`${this.text.workshop.stageTitles[stage]}$`) })
      .waitFor();
  }

  /** Moves along the agenda with the key a presenter's remote sends. */
  async nextStage(stage: Stage): Promise<void> {
    await this.page.keyboard.press('PageDown');
    await this.waitForStage(stage);
  }

  get agenda(): Locator {
    return this.page.getByRole('navigation', { name: this.text.workshop.agendaLabel, exact: true });
  }

  /** A step's status choices on the first part of the agenda. */
  stepStatus(title: string): Locator {
    return this.page.getByRole('radiogroup', { name: title, exact: true });
  }

  async statusOf(title: string): Promise<string | null> {
    return this.stepStatus(title).getByRole('radio', { checked: true }).textContent();
  }

  get dimensions(): Locator {
    return this.page.getByRole('list', { name: this.text.workshop.rate.listLabel, exact: true });
  }

  /** The dimension open for rating. */
  get currentDimension(): Locator {
    return this.dimensions.locator('button[aria-current="true"]');
  }

  voteOf(name: string): Locator {
    return this.page.getByRole('textbox', {
      name: say(this.text.workshop.rate.voteOf, { name }),
      exact: true,
    });
  }

  get showOfHands(): Locator {
    return this.page.getByRole('textbox', { name: this.text.workshop.rate.hands, exact: true });
  }

  get spread(): Locator {
    return this.page.getByRole('list', { name: this.text.workshop.rate.spreadLabel, exact: true });
  }

  get verdict(): Locator {
    return this.page.locator('.workshop-spread__verdict');
  }

  get agreedLevel(): Locator {
    return this.page.getByRole('radiogroup', { name: new RegExp(`^${this.text.workshop.rate.agreed}`) });
  }

  /** Types a line in the field of the part on screen (a step, a decision) and presses Enter. */
  async typeLine(label: string, line: string): Promise<void> {
    const field = this.page.getByRole('textbox', { name: label, exact: true });
    await field.fill(line);
    await field.press('Enter');
    // The field empties once the core has taken the line.
    await this.page.waitForFunction(
      (input) => (input as HTMLInputElement | null)?.value === '',
      await field.elementHandle(),
    );
  }

  async captureStep(line: string): Promise<void> {
    await this.typeLine(this.text.workshop.capture.label, line);
  }

  async addDecision(decision: string): Promise<void> {
    await this.typeLine(this.text.workshop.decisions.label, decision);
  }

  get summary(): Locator {
    return this.page.getByRole('article');
  }

  async copySummary(format: 'text' | 'markdown'): Promise<void> {
    const { summary } = this.text.workshop;
    await this.button(format === 'text' ? summary.copyText : summary.copyMarkdown).click();
    await this.page
      .getByRole('status')
      .getByText(format === 'text' ? summary.copiedText : summary.copiedMarkdown)
      .waitFor();
  }
}

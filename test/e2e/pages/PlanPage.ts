import type { Locator } from 'playwright-core';
import type { StepStatus } from '@shared/domain/plans';
import { AppPage } from './AppPage';
import { dismissToasts } from './toasts';
import { say } from './wording';

type Tab = 'targets' | 'steps' | 'reviews' | 'history';

export interface TargetFields {
  baseline: number;
  target: number;
  /** `YYYY-MM-DD` */
  date?: string;
  rationale?: string;
}

/** A plan's page (`#/plan/<id>`): its details and the targets, steps, reviews and history tabs. */
export class PlanPage extends AppPage {
  /** From the Plans screen, the plan's link in the list. */
  async openFromPlans(title: string): Promise<void> {
    await this.navigate(this.text.nav.plans, this.text.plans.title);
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await this.waitForHeading(title);
  }

  dismissToasts = () => dismissToasts(this.page, this.text);

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  tab(tab: Tab): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${this.text.planPage.tabs[tab]}`) });
  }

  async openTab(tab: Tab): Promise<void> {
    await this.tab(tab).click();
    await this.page
      .locator('[role="tab"][aria-selected="true"]', { hasText: this.text.planPage.tabs[tab] })
      .waitFor();
  }

  // Targets

  targetRow(dimension: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: dimension }) });
  }

  async showEveryDimension(): Promise<void> {
    const toggle = this.page.getByRole('checkbox', { name: this.text.planTargets.showAll, exact: true });
    if (!(await toggle.isChecked())) await toggle.check();
  }

  async setTarget(dimension: string, fields: TargetFields): Promise<void> {
    await this.button(say(this.text.planTargets.setNamed, { name: dimension })).click();
    await this.fillTarget(fields);
    await this.dialog.getByRole('button', { name: this.text.planTargets.setTarget, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async editTarget(dimension: string, fields: Partial<TargetFields>): Promise<void> {
    await this.button(say(this.text.planTargets.editNamed, { name: dimension })).click();
    await this.fillTarget(fields);
    await this.dialog.getByRole('button', { name: this.text.common.save, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  private async fillTarget(fields: Partial<TargetFields>): Promise<void> {
    const field = (label: string) => this.dialog.getByLabel(label, { exact: true });
    const level = (value: number) => ({ value: String(value) });
    if (fields.baseline !== undefined)
      await field(this.text.fields.baselineLevel).selectOption(level(fields.baseline));
    if (fields.target !== undefined)
      await field(this.text.fields.targetLevel).selectOption(level(fields.target));
    if (fields.date) await field(this.text.fields.targetDate).fill(fields.date);
    if (fields.rationale) await field(this.text.fields.rationale).fill(fields.rationale);
  }

  // Steps

  get captureField(): Locator {
    return this.page.getByRole('textbox', { name: this.text.planSteps.capture.label, exact: true });
  }

  /** Types a line in quick capture and presses Enter; waits until the step is added and the field empty. */
  async capture(line: string): Promise<void> {
    await this.captureField.fill(line);
    await this.captureField.press('Enter');
    const field = await this.captureField.elementHandle();
    await this.page.waitForFunction((input) => (input as HTMLInputElement | null)?.value === '', field);
  }

  /** Scrolls the screen down to quick capture and the board below it, as a lead does in a workshop. */
  async scrollToSteps(): Promise<void> {
    await this.page
      .getByRole('form', { name: this.text.planSteps.capture.label, exact: true })
      .evaluate((form) => form.scrollIntoView({ block: 'start' }));
  }

  /** A column of the board. */
  column(status: StepStatus): Locator {
    return this.page.getByRole('region', { name: this.text.planSteps.columns[status], exact: true });
  }

  /** A card of the board, by its step's title. */
  card(title: string): Locator {
    return this.page.getByRole('button', { name: title, exact: true });
  }

  /** The titles of a column's cards, top to bottom. */
  async titlesIn(status: StepStatus): Promise<string[]> {
    const titles = this.column(status).getByRole('listitem').locator('.step-card__title');
    return (await titles.allTextContents()).map((text) => text.trim());
  }

  /**
   * Moves a card from the keyboard: focus, Space to pick it up, the arrows given, Space to drop it.
   */
  async moveByKeyboard(
    title: string,
    arrows: ('ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight')[],
  ): Promise<void> {
    await this.card(title).focus();
    await this.page.keyboard.press('Space');
    for (const arrow of arrows) await this.page.keyboard.press(arrow);
    await this.page.keyboard.press('Space');
  }

  /** Drags a card with the mouse onto another card (it lands before it) or onto a column (at its end). */
  async drag(title: string, onto: { before: string } | { column: StepStatus }): Promise<void> {
    const target = 'before' in onto ? this.card(onto.before) : this.column(onto.column);
    await this.card(title).dragTo(target, {
      targetPosition: 'before' in onto ? { x: 20, y: 4 } : undefined,
    });
  }

  /** What the board last said to assistive technology about a move. */
  get announcement(): Locator {
    return this.page
      .getByRole('group', { name: this.text.planSteps.board.label, exact: true })
      .getByRole('status');
  }

  async openStep(title: string): Promise<void> {
    await this.card(title).click();
    await this.dialog.waitFor();
  }

  /** Splits a step too big for the small-step rule, from its card's flag, into the parts given. */
  async split(title: string, parts: string[]): Promise<void> {
    await this.button(say(this.text.planSteps.splitNamed, { title })).click();
    const inputs = () => this.dialog.getByRole('textbox');
    for (let i = 2; i < parts.length; i += 1) {
      await this.dialog.getByRole('button', { name: this.text.planSteps.addPart, exact: true }).click();
    }
    for (const [i, part] of parts.entries()) await inputs().nth(i).fill(part);
    await this.dialog
      .getByRole('button', { name: say(this.text.planSteps.splitConfirm_other, { count: parts.length }) })
      .click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async showList(): Promise<void> {
    await this.page.getByRole('radio', { name: this.text.planSteps.views.list, exact: true }).check();
    await this.page.getByRole('table', { name: this.text.planSteps.list.label, exact: true }).waitFor();
  }

  // Reviews

  async recordReview(review: {
    date: string;
    participants: string;
    notes: string;
    decisions: string[];
  }): Promise<void> {
    await this.button(this.text.planReviews.record).first().click();
    const field = (label: string) => this.dialog.getByLabel(label, { exact: true });
    await field(this.text.fields.date).fill(review.date);
    await field(this.text.fields.participants).fill(review.participants);
    await field(this.text.fields.notes).fill(review.notes);
    for (const [i, decision] of review.decisions.entries()) {
      if (i > 0) await this.dialog.getByRole('button', { name: this.text.planReviews.addDecision }).click();
      await this.dialog
        .getByRole('textbox', { name: say(this.text.planReviews.decisionLabel, { number: i + 1 }) })
        .fill(decision);
    }
    await this.dialog.getByRole('button', { name: this.text.planReviews.recordConfirm, exact: true }).click();
    await this.dialog.getByText(this.text.planReviews.recorded).waitFor();
  }

  async linkStep(title: string, action: 'created' | 'moved' | 'closed'): Promise<void> {
    await this.dialog.getByLabel(this.text.planReviews.step, { exact: true }).selectOption({ label: title });
    await this.dialog
      .getByLabel(this.text.planReviews.actionLabel, { exact: true })
      .selectOption({ label: this.text.planReviews.action[action] });
    await this.dialog.getByRole('button', { name: this.text.planReviews.link, exact: true }).click();
    await this.dialog
      .getByRole('button', { name: say(this.text.planReviews.unlinkNamed, { title }) })
      .waitFor();
  }
}

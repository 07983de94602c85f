import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';
import { dismissToasts } from './toasts';
import { say } from './wording';

export type SurveySection = 'questionnaire' | 'responses' | 'results';

/** The surveys list and a campaign's screen: its questionnaire, the response grid and import, its results. */
export class SurveyPage extends AppPage {
  openList = () => this.navigate(this.text.nav.surveys, this.text.surveys.title);

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the new SERVQUAL campaign dialog from the surveys list and fills it in, without starting it. */
  async fillNewServqual({ team, client, title }: { team: string; client: string; title: string }) {
    await this.button(this.text.surveys.newSurvey).first().click();
    await this.dialog.waitFor();
    await this.dialog
      .getByLabel(this.text.fields.teamId, { exact: true })
      .selectOption({ label: say(this.text.common.teamAndClient, { team, client }) });
    await this.dialog.getByLabel(this.text.fields.title, { exact: true }).fill(title);
  }

  /** Starts the campaign the dialog holds. */
  async createFilledCampaign() {
    await this.dialog.getByRole('button', { name: this.text.surveys.create }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Opens a campaign from the list, by its title. */
  async openCampaign(title: string) {
    await this.page.getByRole('link', { name: title, exact: true }).click();
    // The campaign screen's code loads on first use.
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout: 20_000 });
  }

  /** A section's tab: its label up to the count it shows, e.g. `Responses (`. */
  tab(section: SurveySection, options: { selected?: boolean } = {}): Locator {
    const { questionnaire_other, responses_other, results } = this.text.survey.sections;
    const label = { questionnaire: questionnaire_other, responses: responses_other, results }[section];
    const start = label.split('{{')[0] as string;
    return this.page.getByRole('tab', {
      name: new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      ...options,
    });
  }

  async show(section: SurveySection) {
    await this.tab(section).click();
    await this.tab(section, { selected: true }).waitFor();
  }

  cell(row: number, item: number, side: 'expectation' | 'perception'): Locator {
    return this.page.getByRole('textbox', {
      name: say(this.text.survey.grid.cellLabel, {
        name: say(this.text.survey.grid.respondentN, { n: row }),
        item: `Q${item}`,
        side: this.text.survey.sides[side],
      }),
      exact: true,
    });
  }

  /** Adds a respondent with the button; the focus lands on their first rating. */
  async addRespondent() {
    await this.button(this.text.survey.grid.addRespondent).click();
  }

  /** Types keys as a user at the keyboard: digits, and `{Key}` for named keys (`{Enter}`, `{ArrowRight}`). */
  async typeKeys(keys: string) {
    for (const token of keys.match(/\{\w+\}|./g) ?? []) {
      if (token.startsWith('{')) await this.page.keyboard.press(token.slice(1, -1));
      else await this.page.keyboard.type(token);
    }
  }

  /** Imports responses from a file the open dialog will return; returns when the import is done. */
  async importResponses() {
    await this.button(this.text.survey.import.choose).click();
    await this.dialog.getByRole('heading', { name: this.text.survey.import.title }).waitFor();
  }

  /** Imports the rows previewed, sees the confirmation and closes it, so that it hides nothing after. */
  async confirmImport(count: number) {
    const apply = count === 1 ? this.text.survey.import.apply_one : this.text.survey.import.apply_other;
    await this.dialog.getByRole('button', { name: say(apply, { count }) }).click();
    await this.dialog.waitFor({ state: 'detached' });
    const done = count === 1 ? this.text.survey.import.done_one : this.text.survey.import.done_other;
    await this.page.getByText(say(done, { count })).waitFor();
    await dismissToasts(this.page, this.text);
  }

  /** Scrolls the screen until `target` is at its top, as a reader scrolling down to it. */
  async scrollTo(target: Locator) {
    await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  }

  /** Opens the step dialog from the first of the items with the widest gaps. */
  async createStepFromWorstItem(): Promise<Locator> {
    const worst = this.page.getByRole('region', { name: this.text.survey.results.worstItems });
    await worst.getByRole('button', { name: this.text.survey.results.createStep }).first().click();
    const dialog = this.page.getByRole('dialog', { name: this.text.survey.step.title });
    await dialog.waitFor();
    return dialog;
  }
}

import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';
import { say } from './wording';

/** The assessments of a team (`#/assess/<teamId>`): the grid, the history of a dimension, past assessments. */
export class AssessPage extends AppPage {
  /** From the Teams screen, the team's "Rate" link. */
  async openFromTeams(team: string): Promise<void> {
    await this.navigate(this.text.nav.teams, this.text.teams.title);
    await this.page
      .getByRole('link', { name: say(this.text.assess.rateNamed, { name: team }), exact: true })
      .click();
    await this.waitForHeading(say(this.text.assess.title, { team }));
  }

  get grid(): Locator {
    return this.page.getByRole('table', { name: this.text.assess.gridLabel, exact: true });
  }

  /** The level scale of one dimension's row. */
  levels(dimension: string): Locator {
    return this.grid.getByRole('radiogroup', { name: dimension, exact: true });
  }

  /** The level chosen for a dimension, or null. */
  async levelOf(dimension: string): Promise<number | null> {
    const checked = this.levels(dimension).getByRole('radio', { checked: true });
    return (await checked.count()) === 0 ? null : Number(await checked.textContent());
  }

  evidence(dimension: string): Locator {
    return this.grid.getByRole('textbox', {
      name: say(this.text.assess.evidenceFor, { name: dimension }),
      exact: true,
    });
  }

  /** Puts the keyboard in the first row of the grid, the way Tab brings it there. */
  async focusFirstRow(): Promise<void> {
    await this.grid.getByRole('radiogroup').first().getByRole('radio').first().focus();
  }

  /** Presses keys one after the other, as typed. */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async save(): Promise<void> {
    await this.button(this.text.assess.save).click();
  }

  /** The history panel of the dimension in focus. */
  history(dimension: string): Locator {
    return this.page.getByRole('region', {
      name: say(this.text.assess.history.title, { name: dimension }),
      exact: true,
    });
  }

  get pastAssessments(): Locator {
    return this.page.getByRole('list', { name: this.text.assess.past.title, exact: true });
  }

  /** The past assessment open in the grid. */
  get currentAssessment(): Locator {
    return this.pastAssessments.locator('a[aria-current="true"]');
  }
}

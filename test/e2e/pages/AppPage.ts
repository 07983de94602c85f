import type { Locator, Page } from 'playwright-core';
import type { Language } from '@shared/domain/settings';
import { en, type Messages } from '../../../src/renderer/i18n/en';
import { fr } from '../../../src/renderer/i18n/fr';

const wording: Record<Language, Messages> = { en, fr };

/** What a page model needs of a launched app (a `StepwiseApp` is one). */
export interface AppHandle {
  readonly page: Page;
  readonly language: Language;
}

/**
 * What every screen has: the sidebar to move between screens and one main heading. Screen models
 * extend it with what a user does there, finding controls by role and accessible name in the app's own
 * wording, so that one model serves both languages:
 *
 *   export class TeamsPage extends AppPage {
 *     open = () => this.navigate(this.text.nav.teams);
 *     async addTeam(name: string): Promise<void> {
 *       await this.button(this.text.teams.add).click();
 *       await this.page.getByLabel(this.text.fields.name).fill(name);
 *       await this.button(this.text.common.save).click();
 *     }
 *   }
 */
export class AppPage {
  readonly page: Page;
  readonly language: Language;
  /** The app's wording in the language it was launched in (`src/renderer/i18n`). */
  readonly text: Messages;

  constructor(app: AppHandle) {
    this.page = app.page;
    this.language = app.language;
    this.text = wording[app.language];
  }

  /** The sidebar's navigation landmark. */
  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: this.text.nav.label, exact: true });
  }

  /** The screen's main heading. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A sidebar link by accessible name: the whole name for a string, any match for a pattern. */
  navLink(name: string | RegExp): Locator {
    return this.sidebar.getByRole('link', { name, exact: typeof name === 'string' });
  }

  /**
   * Clicks a sidebar link, the way a user moves to another screen, and waits for the screen's heading
   * (by default, the link's name).
   */
  async navigate(linkName: string | RegExp, heading: string | RegExp = linkName): Promise<void> {
    await this.navLink(linkName).click();
    await this.waitForHeading(heading);
  }

  /** Waits until the main heading reads `name` (the whole text for a string). */
  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
  }

  /** The main heading's text, once there is one. */
  async headingText(): Promise<string> {
    await this.heading.waitFor();
    return ((await this.heading.textContent()) ?? '').trim();
  }

  /** A button by accessible name, anywhere on the screen. */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }
}

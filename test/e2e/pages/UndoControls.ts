import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';
import { say } from './wording';

/** The undo and redo of the user's changes: the buttons beside the app's name and their shortcuts. */
export class UndoControls extends AppPage {
  get group(): Locator {
    return this.page.getByRole('group', { name: this.text.undo.groupLabel, exact: true });
  }

  /** The undo button, whose name says what it would take back. */
  get undoButton(): Locator {
    return this.group.getByRole('button').first();
  }

  get redoButton(): Locator {
    return this.group.getByRole('button').nth(1);
  }

  /** Ctrl+Z with the focus out of any text field. */
  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(shortcut: 'Control+Shift+z' | 'Control+y' = 'Control+Shift+z'): Promise<void> {
    await this.page.keyboard.press(shortcut);
  }

  /** Waits for the toast that says what was undone or redone. */
  async waitForToast(kind: 'undone' | 'redone', what: string): Promise<void> {
    await this.page
      .getByRole('status')
      .getByText(say(this.text.undo[kind], { what }), { exact: true })
      .waitFor();
  }
}

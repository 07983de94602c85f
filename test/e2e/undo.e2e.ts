import { describe, expect, it } from 'vitest';
import { setupE2e, type StepwiseApp } from './harness';
import { TeamsPage } from './pages/TeamsPage';
import { UndoControls } from './pages/UndoControls';
import { say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');

const teamNames = async (app: StepwiseApp) =>
  (await app.core.call('team.list', { includeArchived: true })).map((team) => team.name).sort();

describe.each(['en', 'fr'] as const)('undo and redo (%s)', (language) => {
  it('takes back a change made on screen with Ctrl+Z and puts it again with Ctrl+Shift+Z or Ctrl+Y', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const teams = new TeamsPage(app);
    const undo = new UndoControls(app);
    const text = undo.text.undo;
    await teams.open();
    await teams.rename('Service Desk', 'Service Desk Europe');
    expect(await teamNames(app)).toContain('Service Desk Europe');

    // The button says what it would take back.
    const what = say(text.named, { verb: text.verbs.change, label: 'Service Desk Europe' });
    await expect.poll(() => undo.undoButton.getAttribute('aria-label')).toBe(say(text.undoNamed, { what }));

    await undo.undo();
    await undo.waitForToast('undone', what);
    expect(await teamNames(app)).toContain('Service Desk');
    expect(await teamNames(app)).not.toContain('Service Desk Europe');
    await teams.row('Service Desk').waitFor();
    await expect.poll(() => undo.redoButton.getAttribute('aria-label')).toBe(say(text.redoNamed, { what }));
    await app.assertAccessible();
    await app.screenshot('undo');

    await undo.redo();
    await undo.waitForToast('redone', what);
    expect(await teamNames(app)).toContain('Service Desk Europe');
    await teams.row('Service Desk Europe').waitFor();

    await undo.undo();
    await expect.poll(() => teamNames(app)).toContain('Service Desk');
    await undo.redo('Control+y');
    await expect.poll(() => teamNames(app)).toContain('Service Desk Europe');
  });

  it('leaves Ctrl+Z to the text being typed in a field', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const teams = new TeamsPage(app);
    const undo = new UndoControls(app);
    await teams.open();
    await teams.rename('Service Desk', 'Service Desk Europe');
    await undo.navigate(undo.text.nav.settings, undo.text.settings.title);
    const field = app.page.getByRole('textbox', { name: undo.text.fields.userName, exact: true });
    await field.click();
    await app.page.keyboard.type('Claire');
    await app.page.keyboard.press('Control+z');
    await app.settled();
    expect(await teamNames(app)).toContain('Service Desk Europe');
    expect(app.bridge.calls.some((call) => call.channel === 'history.undo')).toBe(false);
  });
});

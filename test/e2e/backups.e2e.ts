import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupE2e } from './harness';
import { SettingsPage } from './pages/SettingsPage';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00Z');

describe.each(['en', 'fr'] as const)('backups (%s)', (language) => {
  it('lists the backups, takes one on request, and restores one after confirming', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    // As the app does when it starts and finds no backup less than a day old.
    await app.core.backupIfDue();
    const settings = new SettingsPage(app);
    await settings.open();
    await settings.backupRows().first().waitFor();

    await settings.backUpNow();
    const kinds = settings.text.backups.kind;
    expect(await settings.backupRows().allInnerTexts()).toEqual([
      expect.stringContaining(kinds.manual),
      expect.stringContaining(kinds.scheduled),
    ]);
    await settings.dismissToasts();
    await settings.showBackups();
    await app.assertAccessible();
    await app.screenshot('settings-backups');

    await settings.openBackupFolder();
    await expect.poll(() => app.core.folders.opened).toEqual([join(app.core.dir, 'backups')]);

    // The sample's first team goes; the restore brings it back.
    const [team] = await app.core.call('team.list', {});
    await app.core.call('team.delete', { id: team!.id });
    await settings.askToRestore(1);
    await app.assertAccessible();
    await app.screenshot('settings-backups-restore');
    await settings.confirmRestore();
    expect((await app.core.call('team.list', {})).map((t) => t.name)).toContain(team!.name);
    await settings.backupRows().filter({ hasText: kinds['pre-restore'] }).waitFor();
    await app.assertAccessible();
  });

  it('fits the narrowest window', async () => {
    const app = await e2e.launchApp({ language, now, sample: true, viewport: { width: 960, height: 800 } });
    await app.core.backupIfDue();
    await app.core.call('backup.now', {});
    const settings = new SettingsPage(app);
    await settings.open();
    await settings.backupRows().nth(1).waitFor();
    await settings.showBackups();
    // Nothing in the section is wider than the section itself.
    const overflow = await settings.backups.evaluate((section) => section.scrollWidth - section.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.assertAccessible();
    await app.screenshot('settings-backups-narrow');
  });
});

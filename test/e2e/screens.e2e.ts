import { describe, it } from 'vitest';
import { setupE2e } from './harness';
import { AppPage } from './pages/AppPage';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');
const screens = ['home', 'teams', 'plans', 'portfolio', 'surveys', 'settings'] as const;

/** Every screen of the sidebar, with the sample data and on an empty database, in both languages. */
describe.each(['en', 'fr'] as const)('every screen (%s)', (language) => {
  it.each([
    ['with the sample data', true],
    ['on an empty database', false],
  ])('is reachable from the sidebar, accessible and captured %s', async (_label, sample) => {
    const app = await e2e.launchApp({ language, now, sample });
    const page = new AppPage(app);
    for (const screen of screens) {
      await page.navLink(page.text.nav[screen]).click();
      await page.heading.waitFor();
      await app.assertAccessible();
      await app.screenshot(`screen-${screen}${sample ? '' : '-empty'}`);
    }
  });
});

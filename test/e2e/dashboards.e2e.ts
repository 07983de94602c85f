import { describe, expect, it } from 'vitest';
import { budgetStatus } from '@shared/calc/budget';
import { momentum } from '@shared/calc/momentum';
import { targetOutlook } from '@shared/calc/outlook';
import { planProgress } from '@shared/calc/progress';
import { formatDay, formatMoney, formatNumber, formatPercent, localName } from '../../src/renderer/format';
import type { TestCore } from '../helpers/core';
import { setupE2e } from './harness';
import { PortfolioPage } from './pages/PortfolioPage';
import { TeamDashboardPage } from './pages/TeamDashboardPage';
import { sampleText } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-06-15T09:00:00Z');
const today = '2026-06-15';

/** What the shared calculations make of a team's active plan, from the database itself. */
async function expectedFigures(core: TestCore, teamName: string) {
  const team = (await core.call('team.list', {})).find((t) => t.name === teamName)!;
  const [summary] = await core.call('plan.list', { teamId: team.id, statuses: ['active'] });
  const plan = await core.call('plan.get', { id: summary!.id });
  const model = await core.call('model.get', { id: plan.modelId });
  const assessments = await core.call('assessment.list', { teamId: team.id, modelId: plan.modelId });
  const historyOf = (dimensionId: string) =>
    assessments.flatMap((a) =>
      a.scores.filter((s) => s.dimensionId === dimensionId).map((s) => ({ date: a.date, level: s.level })),
    );
  const targets = plan.targets.map((target) => ({
    target,
    dimension: model.dimensions.find((d) => d.id === target.dimensionId)!,
    ...targetOutlook({
      target,
      history: historyOf(target.dimensionId),
      steps: plan.steps.filter((s) => s.targetId === target.id),
      planStart: plan.startDate,
      today,
    }),
  }));
  return {
    targets,
    progress: planProgress(targets.map((t) => t.progress)),
    budget: budgetStatus(plan.budget, plan.steps),
    momentum: momentum({ today, plan, steps: plan.steps, reviewDates: plan.reviews.map((r) => r.date) }),
  };
}

describe.each(['en', 'fr'] as const)('progress against targets (%s)', (language) => {
  it('a lead opens a team’s dashboard, and its figures agree with the calculations', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const dashboard = new TeamDashboardPage(app);
    const { text } = dashboard;
    await dashboard.open('Service Desk');
    const expected = await expectedFigures(app.core, 'Service Desk');

    expect(await dashboard.tile(text.teamDashboard.tiles.progress)).toBe(
      formatPercent(expected.progress!, language),
    );
    expect(await dashboard.tile(text.teamDashboard.tiles.pace)).toBe(
      formatNumber(expected.momentum.stepsDonePerWeek, language, 2),
    );
    for (const {
      target,
      dimension,
      current,
      progress,
      status,
      forecastFromTrend,
      forecastFromSteps,
    } of expected.targets) {
      const row = dashboard.targetRow(localName(dimension, language));
      const cells = row.getByRole('cell');
      const level = (value: number) => formatNumber(value, language);
      await expect
        .poll(() => cells.nth(0).textContent())
        .toContain(
          dashboard.levelsSaid({
            baseline: level(target.baselineLevel),
            current: current === null ? text.charts.notRated : level(current),
            target: level(target.targetLevel),
          }),
        );
      expect(await cells.nth(0).textContent()).toContain(formatDay(target.targetDate, language));
      expect(await cells.nth(1).textContent()).toBe(
        `${text.targetStatus[status]}${formatPercent(progress, language)}`,
      );
      if (status !== 'reached') {
        const forecasts = (await cells.nth(2).textContent()) ?? '';
        for (const day of [forecastFromTrend, forecastFromSteps])
          expect(forecasts).toContain(
            day === null ? text.teamDashboard.noForecast : formatDay(day, language),
          );
      }
    }
    const remaining = dashboard.page.locator('.budget-figures dd').first();
    expect(await remaining.textContent()).toBe(formatMoney(expected.budget.remaining!, language));

    await app.assertAccessible();
    await app.screenshot('team-dashboard');
    for (const [heading, name] of [
      [text.teamDashboard.targetsTitle, 'team-dashboard-targets'],
      [text.teamDashboard.radarTitle, 'team-dashboard-radar'],
      [text.teamDashboard.trendsTitle, 'team-dashboard-trends'],
      [text.teamDashboard.stepsTitle, 'team-dashboard-steps'],
    ] as const) {
      await dashboard.scrollTo(heading);
      await dashboard.moveMouseAway();
      // Only the screen scrolls: the window and its sidebar stay put.
      expect(await dashboard.page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      await app.screenshot(name);
    }

    // Every chart has its figures as a table, for the keyboard and screen readers.
    const burnUp = await dashboard.chartTable(text.teamDashboard.burnUp);
    expect(await burnUp.getByRole('row').count()).toBeGreaterThan(10);
    await app.assertAccessible();
  });

  it('a manager reads the 34 ITIL 4 practices on one radar per group of practices', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const dashboard = new TeamDashboardPage(app);
    await dashboard.open(sampleText(language, 'Infrastructure Operations'));
    // Charts are drawn as they come near the view.
    await dashboard.scrollTo(dashboard.text.teamDashboard.radarTitle);
    await app.settled();
    const radars = dashboard.page.locator('.chart-figure--radar');
    expect(await radars.count()).toBe(3);
    const spokes = await radars.locator('.recharts-polar-angle-axis-tick').count();
    expect(spokes).toBe(34);
    await app.assertAccessible();
    await dashboard.moveMouseAway();
    await app.screenshot('team-dashboard-itil');
  });

  it('a manager reviews the portfolio: every team, the gaps, the watch lists and what changed', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const portfolio = new PortfolioPage(app);
    const { text } = portfolio;
    await portfolio.open();

    const models = await app.core.call('model.list', {});
    const name = (builtinKey: string) =>
      localName(
        models.find((m) => m.builtinKey === builtinKey)!,
        language,
      );
    const shown = [
      ...(await portfolio.teamsOf(portfolio.heatmap(name('itil4')))),
      ...(await portfolio.teamsOf(portfolio.heatmap(name('msp')))),
    ];
    const teams = await app.core.call('team.list', {});
    expect(shown.sort()).toEqual(teams.map((t) => t.name).sort());
    // One cell per team and practice: 2 teams on the 34 ITIL 4 practices.
    expect(await portfolio.heatmap(name('itil4')).locator('tbody td').count()).toBe(2 * 34);

    const portfolioData = await app.core.call('portfolio.watchList', {});
    expect(await portfolio.atRisk.getByRole('row').count()).toBe(portfolioData.atRisk.length + 1);
    for (const plan of portfolioData.stalling) await portfolio.stalling.getByText(plan.planTitle).waitFor();
    await app.assertAccessible();
    await app.screenshot('portfolio');
    await portfolio.atRisk.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await app.screenshot('portfolio-watch-lists');

    await portfolio.sortBy('gap');
    await portfolio.show('level');
    await portfolio.heatmap(name('msp'), 'level').waitFor();
    await app.assertAccessible();
    await app.screenshot('portfolio-levels');

    const changes = await app.core.call('portfolio.compare', { from: '2026-03-01', to: today });
    await portfolio.comparePeriod('2026-03-01', today);
    await expect
      .poll(() => portfolio.changeTotal(text.portfolio.stepsDone))
      .toBe(formatNumber(changes.totals.stepsDone, language));
    expect(await portfolio.changeTotal(text.portfolio.levelsUp)).toBe(
      formatNumber(changes.totals.levelsUp, language),
    );
    await portfolio.changes.scrollIntoViewIfNeeded();
    await app.assertAccessible();
    await app.screenshot('portfolio-changes');

    await portfolio.filterClient('Hexa Bank');
    await expect
      .poll(() => portfolio.teamsOf(portfolio.heatmap(name('itil4'), 'level')))
      .toEqual([sampleText(language, 'Infrastructure Operations')]);
  });

  it('fits the narrowest window', async () => {
    const app = await e2e.launchApp({ language, now, sample: true, viewport: { width: 960, height: 800 } });
    const portfolio = new PortfolioPage(app);
    await portfolio.open();
    await app.screenshot('portfolio-narrow');
    const dashboard = new TeamDashboardPage(app);
    await dashboard.open(sampleText(language, 'Workplace Services'));
    await app.assertAccessible();
    await app.screenshot('team-dashboard-narrow');
    await dashboard.scrollTo(dashboard.text.teamDashboard.targetsTitle);
    await app.screenshot('team-dashboard-narrow-targets');
  });
});

describe('opening the app on a dashboard', () => {
  it('asks for the settings and the screen’s code and data as the page starts, and each once', async () => {
    const app = await e2e.launchApp({ now, sample: true, route: '#/portfolio' });
    const portfolio = new PortfolioPage(app);
    const asked = (channel: string, since = 0) =>
      app.bridge.calls.slice(since).filter((call) => call.channel === channel).length;
    // The files that the first script asked for, in the links it put right after itself.
    const preloaded = () =>
      app.page.evaluate(() => {
        const files: string[] = [];
        let next = document.head.firstElementChild?.nextElementSibling;
        for (
          ;
          next instanceof HTMLLinkElement && next.rel === 'modulepreload';
          next = next.nextElementSibling
        ) {
          files.push(new URL(next.href).pathname);
        }
        return files;
      });
    await app.page.getByRole('heading', { level: 1, name: portfolio.text.portfolio.title }).waitFor();
    await app.settled();
    // Asked by the page's first script and taken by the stores: a second call would mean they differ.
    expect([asked('settings.get'), asked('portfolio.get'), asked('portfolio.watchList')]).toEqual([1, 1, 1]);
    // That script is a classic one at the top of the head: a module would wait for the stylesheet.
    const first = await app.page.evaluate(() => {
      const script = document.head.firstElementChild as HTMLScriptElement;
      return { tag: script.tagName, type: script.type, src: script.src };
    });
    expect(first).toEqual({
      tag: 'SCRIPT',
      type: '',
      src: expect.stringMatching(/\/assets\/opening-\w+\.js$/),
    });
    // The dashboard's code comes in one file, which that script asked for: the page opened on the
    // portfolio with four scripts, that one, the app's (its runtime and all its start imports) and it.
    const dashboards = expect.stringMatching(/^\/assets\/dashboards-[\w-]+\.js$/);
    expect(await preloaded()).toEqual([dashboards]);
    const scripts = () =>
      app.guards.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
    expect(scripts()).toEqual([
      expect.stringMatching(/^\/assets\/opening-\w+\.js$/),
      expect.stringMatching(/^\/assets\/rolldown-runtime-[\w-]+\.js$/),
      expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/),
      dashboards,
    ]);

    const [team] = await app.core.call('team.list', {});
    const since = app.bridge.calls.length;
    // The address changed without a hashchange, so that the page opens on the team's dashboard as it
    // reloads, rather than going there itself first: its code is in hand, in the file it shares with the
    // portfolio's.
    await app.page.evaluate((hash) => {
      history.replaceState(null, '', hash);
      window.location.reload();
    }, `#/team/${team!.id}`);
    await app.page.getByRole('heading', { level: 1, name: team!.name }).waitFor();
    await app.settled();
    expect([asked('settings.get', since), asked('dashboard.team', since)]).toEqual([1, 1]);
    expect(await preloaded()).toEqual([dashboards]);
  });
});

import { describe, expect, it } from 'vitest';
import { setupE2e } from './harness';
import { TeamsPage } from './pages/TeamsPage';
import { UndoControls } from './pages/UndoControls';
import { say } from './pages/wording';

const e2e = setupE2e();
const now = new Date('2026-11-28T10:00:00');
const longName = 'Managed Workplace & End-User Services — Lumen Health Group (12 clinics, 3,800 users)';

describe.each(['en', 'fr'] as const)('teams (%s)', (language) => {
  it('a lead creates, renames, archives and restores a team', async () => {
    const app = await e2e.launchApp({ language, now });
    const teams = new TeamsPage(app);
    await teams.open();
    await teams.page.getByRole('heading', { name: teams.text.teams.emptyTitle }).waitFor();
    await app.assertAccessible();
    await app.screenshot('teams-empty');

    await teams.openNewTeam();
    await teams.fillTeam({ name: '   ' });
    await teams.dialog.getByRole('button', { name: teams.text.teams.create }).click();
    await teams.dialog.getByRole('alert').waitFor();
    await app.screenshot('team-dialog-error');
    expect(await app.core.call('team.list', { includeArchived: true })).toEqual([]);
    await teams.page.keyboard.press('Escape');

    await teams.addTeam({
      name: longName,
      client: 'Lumen Health Group',
      serviceScope: 'Laptops and Microsoft 365',
    });
    await teams.addTeam({ name: 'Service Desk', client: 'Northwind Retail' });
    expect((await app.core.call('team.list', {})).map((t) => [t.name, t.client])).toEqual([
      [longName, 'Lumen Health Group'],
      ['Service Desk', 'Northwind Retail'],
    ]);
    await app.screenshot('teams-long-name');

    await teams.rename('Service Desk', 'Service Desk EMEA');
    expect((await app.core.call('team.list', {})).map((t) => t.name)).toContain('Service Desk EMEA');

    await teams.archive('Service Desk EMEA');
    expect(await teams.row('Service Desk EMEA').count()).toBe(0);
    await teams.showArchived(true);
    await teams.restore('Service Desk EMEA');
    expect((await app.core.call('team.list', {})).find((t) => t.name === 'Service Desk EMEA')?.archived).toBe(
      false,
    );
    await app.assertAccessible();
  });

  it('a manager sees every team of the sample data', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const teams = new TeamsPage(app);
    await teams.open();
    for (const team of await app.core.call('team.list', {})) await teams.row(team.name).waitFor();
    await app.assertAccessible();
    await app.screenshot('teams');
    await teams.openNewTeam();
    await app.screenshot('team-dialog');
  });

  it('a lead deletes a team, told what goes with it, and Ctrl+Z brings it all back', async () => {
    const app = await e2e.launchApp({ language, now, sample: true });
    const teams = new TeamsPage(app);
    await teams.open();
    const team = (await app.core.call('team.list', {})).find((t) => t.name === 'Service Desk')!;
    const belongings = {
      plans: await app.core.call('plan.list', { teamId: team.id }),
      assessments: await app.core.call('assessment.list', { teamId: team.id }),
      surveys: await app.core.call('survey.list', { teamId: team.id }),
    };
    const counted = (key: 'deletePlans' | 'deleteAssessments' | 'deleteSurveys', count: number) =>
      say(teams.text.teams[`${key}_${count === 1 ? 'one' : 'other'}`], { count });

    await teams.openDelete(team.name);
    const lines = teams.dialog.getByRole('listitem');
    await lines.first().waitFor();
    expect(await lines.allTextContents()).toEqual(
      [
        counted('deletePlans', belongings.plans.length),
        counted('deleteAssessments', belongings.assessments.length),
        counted('deleteSurveys', belongings.surveys.length),
      ].filter((_line, i) => Object.values(belongings)[i]!.length > 0),
    );
    await app.assertAccessible();
    await app.screenshot('team-delete-dialog');

    await teams.confirmDelete(team.name);
    expect((await app.core.call('team.list', { includeArchived: true })).map((t) => t.id)).not.toContain(
      team.id,
    );
    expect(await app.core.call('plan.list', { teamId: team.id })).toEqual([]);

    await new UndoControls(app).undo();
    await teams.row(team.name).waitFor();
    expect(await app.core.call('plan.list', { teamId: team.id })).toEqual(belongings.plans);
    expect(await app.core.call('assessment.list', { teamId: team.id })).toEqual(belongings.assessments);
    expect(await app.core.call('survey.list', { teamId: team.id })).toEqual(belongings.surveys);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepStatuses } from '@shared/domain/constants';
import { contract } from '@shared/contract';
import { sampleTeams, sampleWords } from '../../../src/main/sample/sampleData';
import { makeTestCore, type TestCore } from '../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore({ clock: () => new Date('2026-11-28T10:00:00') });
});
afterEach(() => core.dispose());

describe('sample data', () => {
  it('fills an empty database with a small MSP: teams, plans, a year of assessments, steps and reviews', async () => {
    const summary = await core.call('app.loadSampleData', {});
    expect(summary.teams).toBeGreaterThanOrEqual(3);
    expect(summary.teams).toBeLessThanOrEqual(4);
    const status = await core.call('app.status', {});
    expect(status).toMatchObject({ teamCount: summary.teams, planCount: summary.plans });

    const plans = await core.call('plan.list', {});
    expect(new Set(plans.map((p) => p.modelName))).toEqual(new Set(['ITIL 4 practices', 'MSP key points']));
    const steps = (await Promise.all(plans.map((p) => core.call('step.list', { planId: p.id })))).flat();
    expect(new Set(steps.map((s) => s.status))).toEqual(new Set(stepStatuses));
    expect(summary.reviews).toBeGreaterThan(0);

    const teams = await core.call('team.list', {});
    const assessments = await core.call('assessment.list', {
      teamId: teams.find((t) => t.name === 'Service Desk')!.id,
    });
    const dates = assessments.map((a) => a.date).sort();
    expect(dates.at(0)! <= '2025-12-01').toBe(true);
    expect(dates.at(-1)! >= '2026-10-01').toBe(true);
  });

  it('returns data that matches the contract', async () => {
    await core.call('app.loadSampleData', {});
    const [plan] = await core.call('plan.list', { statuses: ['active'] });
    const detail = await core.call('plan.get', { id: plan!.id });
    expect(contract['plan.get'].output.safeParse(detail).success).toBe(true);
    const surveys = await core.call('survey.list', {});
    const survey = await core.call('survey.get', { id: surveys[0]!.id });
    expect(contract['survey.get'].output.safeParse(survey).success).toBe(true);
    expect(contract['team.list'].output.safeParse(await core.call('team.list', {})).success).toBe(true);
    expect(contract['history.list'].output.safeParse(await core.call('history.list', {})).success).toBe(true);
  });

  it('names each participant of a review once', async () => {
    await core.call('app.loadSampleData', {});
    const plans = await core.call('plan.list', {});
    const reviews = (await Promise.all(plans.map((p) => core.call('review.list', { planId: p.id })))).flat();
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) expect(new Set(review.participants).size).toBe(review.participants.length);
  });

  it('is refused once the database has teams', async () => {
    await core.call('app.loadSampleData', {});
    expect(await core.invoke('app.loadSampleData', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('is written in the language the app speaks', async () => {
    await core.call('settings.update', { language: 'fr' });
    await core.call('app.loadSampleData', {});
    const plans = await core.call('plan.list', {});
    const [details, reviews, surveys] = await Promise.all([
      Promise.all(plans.map((p) => core.call('plan.get', { id: p.id }))),
      Promise.all(plans.map((p) => core.call('review.list', { planId: p.id }))),
      core.call('survey.list', {}),
    ]);
    const survey = await core.call('survey.get', { id: surveys[0]!.id });
    const assessments = await core.call('assessment.list', { teamId: plans[0]!.teamId });
    const written = JSON.stringify([
      await core.call('team.list', {}),
      details,
      reviews,
      surveys,
      survey,
      assessments,
    ]);

    const french = sampleTeams.flatMap((team) => [
      team.name.fr,
      team.serviceScope.fr,
      team.plan.title.fr,
      team.plan.objective.fr,
      ...team.targets.map((target) => target.rationale.fr),
      ...team.steps.map((step) => step.fr),
    ]);
    for (const text of french) expect(written).toContain(JSON.stringify(text).slice(1, -1));
    expect(written).toContain(sampleWords.reviewNotes.fr);
    expect(written).toContain(sampleWords.respondent(1).fr);
    expect(written).toContain(sampleWords.evidence.fr);
    expect(survey.title).toMatch(/^Enquête de satisfaction utilisateurs \d{4}-\d{2}$/);

    const english = sampleTeams
      .flatMap((team) => [team.serviceScope, team.plan.title, ...team.steps])
      .concat(sampleWords.outcome, sampleWords.kickOffNotes, sampleWords.evidence)
      .filter((text) => text.en !== text.fr);
    for (const text of english) expect(written).not.toContain(text.en);
  });
});

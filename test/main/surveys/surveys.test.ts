import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makeTeam } from '../../helpers/factories';

let core: TestCore;
beforeEach(() => {
  core = makeTestCore();
});
afterEach(() => core.dispose());

const makeServqual = async () =>
  core.call('survey.createFromTemplate', {
    teamId: (await makeTeam(core)).id,
    title: 'Satisfaction 2026',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-21',
  });

describe('surveys', () => {
  it('from the SERVQUAL template hold 5 dimensions and 22 items in both languages, on a 1–7 scale', async () => {
    const survey = await makeServqual();
    expect(
      survey.dimensions.map((d) => [d.key, survey.items.filter((i) => i.dimensionId === d.id).length]),
    ).toEqual([
      ['tangibles', 4],
      ['reliability', 5],
      ['responsiveness', 4],
      ['assurance', 4],
      ['empathy', 5],
    ]);
    expect(survey.items.every((i) => i.text.length > 10 && i.textFr.length > 10)).toBe(true);
    expect([survey.scaleMin, survey.scaleMax]).toEqual([1, 7]);
  });

  it('take responses with skipped answers, but only to their own items and on their scale', async () => {
    const survey = await makeServqual();
    const [first, second] = survey.items;
    const response = await core.call('surveyResponse.create', {
      surveyId: survey.id,
      respondent: 'R1',
      answers: [
        { itemId: first!.id, expectation: 7, perception: 5 }, // the template has 22 items
        { itemId: second!.id, expectation: 6, perception: null },
      ],
    });
    expect(response.answers).toHaveLength(2);
    const offScale = await core.invoke('surveyResponse.create', {
      surveyId: survey.id,
      answers: [{ itemId: first!.id, expectation: 8, perception: 5 }],
    });
    expect(offScale).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'answers.0.expectation' },
    });
    const other = await makeServqual();
    const foreign = await core.invoke('surveyResponse.create', {
      surveyId: survey.id,
      answers: [{ itemId: other.items[0]!.id, expectation: 5, perception: 5 }],
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'answers.0.itemId' } });
  });

  it('drop the answers to an item that is deleted', async () => {
    const survey = await makeServqual();
    const item = survey.items[0]!;
    await core.call('surveyResponse.create', {
      surveyId: survey.id,
      answers: [{ itemId: item.id, expectation: 7, perception: 5 }],
    });
    await core.call('surveyItem.delete', { id: item.id });
    const detail = await core.call('survey.get', { id: survey.id });
    expect(detail.items).toHaveLength(21);
    expect(detail.responses[0]?.answers).toEqual([]);
  });

  it('refuse a scale whose top is not above its bottom', async () => {
    const survey = await makeServqual();
    expect(await core.invoke('survey.update', { id: survey.id, patch: { scaleMin: 7 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: 'patch.scaleMax' },
    });
  });
});

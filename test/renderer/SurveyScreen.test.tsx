import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SurveyDetail } from '@shared/domain/surveys';
import { formatPeriod } from '../../src/renderer/format';
import type { TestCore } from '../helpers/core';
import { builtinModelId, makePlan, makeTarget } from '../helpers/factories';
import { addTeam, renderApp } from './helpers/renderApp';

/** A SERVQUAL campaign of the Service Desk, with what `answers` gives each respondent. */
async function campaign(
  core: TestCore,
  responses: { respondent: string; rate: (i: number) => [number, number] }[] = [],
) {
  const team = await addTeam(core, 'Service Desk', { client: 'Northwind Retail' });
  const survey = await core.call('survey.createFromTemplate', {
    teamId: team.id,
    title: 'Spring satisfaction',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
  });
  for (const { respondent, rate } of responses) {
    await core.call('surveyResponse.create', {
      surveyId: survey.id,
      respondent,
      answers: survey.items.map((item, i) => {
        const [expectation, perception] = rate(i);
        return { itemId: item.id, expectation, perception };
      }),
    });
  }
  return { team, survey };
}

/** The screen's code loads on first use (it draws charts): the first time takes a moment. */
const findTitle = () =>
  screen.findByRole('heading', { level: 1, name: 'Spring satisfaction' }, { timeout: 15_000 });

const open = async (prepare: (core: TestCore) => Promise<SurveyDetail>, tab?: string) => {
  let survey: SurveyDetail | undefined;
  const rendered = await renderApp({
    prepare: async (core) => {
      survey = await prepare(core);
    },
  });
  window.location.hash = `#/survey/${survey!.id}${tab ? `?tab=${tab}` : ''}`;
  await findTitle();
  return { ...rendered, survey: survey! };
};

// Each test renders the whole app and a 22-item survey: slower than most on a busy machine.
describe('the campaign screen', { timeout: 30_000 }, () => {
  it('is reached from the surveys list and shows the questionnaire by quality dimension', async () => {
    const { user } = await renderApp({
      hash: '#/surveys',
      prepare: async (core) => void (await campaign(core)),
    });
    await user.click(await screen.findByRole('link', { name: 'Spring satisfaction' }));
    expect(await findTitle()).toBeInTheDocument();
    // No answers yet: the campaign opens on the grid.
    expect(screen.getByRole('tab', { name: 'Responses (0)' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Questionnaire (22 items)' }));
    const reliability = screen.getByRole('region', { name: 'Reliability' });
    expect(within(reliability).getAllByRole('listitem')).toHaveLength(5);
    expect(within(reliability).getByText('Q5')).toBeInTheDocument();
  });

  it('refuses weights that do not make 100, and saves those that do', async () => {
    const { core, user, survey } = await open(async (c) => (await campaign(c)).survey, 'questionnaire');
    const weights = screen.getByRole('form', { name: 'Importance weights' });
    const field = (name: string) => within(weights).getByRole('textbox', { name });
    for (const [name, points] of [
      ['Tangibles', '10'],
      ['Reliability', '30'],
      ['Responsiveness', '25'],
      ['Assurance', '20'],
      ['Empathy', '5'],
    ]) {
      await user.type(field(name!), points!);
    }
    expect(within(weights).getByRole('status')).toHaveTextContent('Total: 90 of 100 points');
    await user.click(within(weights).getByRole('button', { name: 'Save weights' }));
    expect(within(weights).getByRole('alert')).toHaveTextContent(
      'The weights add up to 90 points: they must make 100.',
    );
    expect(
      (await core.call('survey.get', { id: survey.id })).dimensions.every((d) => d.weight === null),
    ).toBe(true);

    await user.clear(field('Empathy'));
    await user.type(field('Empathy'), '15');
    await user.click(within(weights).getByRole('button', { name: 'Save weights' }));
    await waitFor(async () =>
      expect((await core.call('survey.get', { id: survey.id })).dimensions.map((d) => d.weight)).toEqual([
        10, 30, 25, 20, 15,
      ]),
    );
  });

  it('takes responses from the keyboard alone: digits, arrows, Delete and Enter', async () => {
    const { core, user, survey } = await open(async (c) => (await campaign(c)).survey, 'responses');
    await user.click(screen.getByRole('button', { name: 'Add a respondent' }));
    const first = screen.getByRole('textbox', { name: 'Respondent 1, Q1 Expectation' });
    expect(first).toHaveFocus();
    // 7 then 5 fill Q1 and move on; 6 fills Q2 expectation, ← goes back to it, Delete clears it, 4 fills
    // it again; → skips Q2 perception and 9 is refused, off the scale.
    await user.keyboard('75');
    expect(screen.getByRole('textbox', { name: 'Respondent 1, Q2 Expectation' })).toHaveFocus();
    await user.keyboard('6{ArrowLeft}{Delete}4{ArrowRight}9');
    expect(screen.getByRole('textbox', { name: 'Respondent 1, Q3 Expectation' })).toHaveValue('');
    expect(screen.getByText('Ratings go from 1 to 7.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Respondent 2, Q1 Expectation' })).toHaveFocus();
    await user.keyboard('66{Enter}');

    await waitFor(async () => {
      const { responses } = await core.call('survey.get', { id: survey.id });
      expect(responses.map((r) => [r.respondent, r.answers])).toEqual([
        [
          'Respondent 1',
          [
            { itemId: survey.items[0]!.id, expectation: 7, perception: 5 },
            { itemId: survey.items[1]!.id, expectation: 4, perception: null },
          ],
        ],
        ['Respondent 2', [{ itemId: survey.items[0]!.id, expectation: 6, perception: 6 }]],
      ]);
    });
    expect(screen.getByRole('tab', { name: 'Responses (2)' })).toBeInTheDocument();
  });

  it('shows the gaps and creates a step on the plan’s satisfaction target from the worst one', async () => {
    const { core, user } = await open(async (c) => {
      const { team, survey } = await campaign(c, [
        // Responsiveness (items 10 to 13) falls short by 3, every other item by 1.
        { respondent: 'Ann', rate: (i) => (i >= 9 && i <= 12 ? [7, 4] : [6, 5]) },
        { respondent: 'Ben', rate: (i) => (i >= 9 && i <= 12 ? [6, 3] : [6, 5]) },
      ]);
      const plan = await makePlan(c, { teamId: team.id, title: 'Service desk plan 2026' });
      const { dimensions } = await c.call('model.get', { id: builtinModelId('msp') });
      await makeTarget(c, {
        planId: plan.id,
        dimensionId: dimensions.find((d) => d.key === 'survey-programme')!.id,
      });
      return survey;
    });
    expect(screen.getByRole('tab', { name: 'Results' })).toHaveAttribute('aria-selected', 'true');
    const row = screen.getByRole('row', { name: /^Responsiveness/ });
    expect(within(row).getByText('−3.00')).toBeInTheDocument();
    // Overall: (−1 −1 −3 −1 −1)/5 = −1.4.
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('−1.40');

    await user.click(screen.getByRole('button', { name: 'Create a step to close the gap on Q10' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a small step from this gap' });
    const target = await within(dialog).findByRole('combobox', { name: 'Target or dimension it works on' });
    expect((target as HTMLSelectElement).selectedOptions[0]?.textContent).toMatch(
      /^Satisfaction survey programme/,
    );
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect((title as HTMLInputElement).value).toBe(
      'Act on Q10: “Users are told exactly when their request will be handled and when it will be done.”',
    );
    expect((within(dialog).getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement).value).toBe(
      `Satisfaction survey “Spring satisfaction” (${formatPeriod('2026-03-01', '2026-03-31', 'en')}).\n` +
        'Item Q10 “Users are told exactly when their request will be handled and when it will be done.” ' +
        '(Responsiveness): gap −3.00 (expectation 6.50, perception 3.50 on a 1 to 7 scale, 2 respondents).',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create step' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [plan] = await core.call('plan.list', {});
    const [step] = await core.call('step.list', { planId: plan!.id });
    const [programme] = await core.call('target.list', { planId: plan!.id });
    expect(step).toMatchObject({
      targetId: programme!.id,
      dimensionId: programme!.dimensionId,
      status: 'todo',
    });
    expect(step!.title).toMatch(/^Act on Q10: /);
    expect(step!.description).toContain('gap −3.00');
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/App';
import { bridgeApi, makeTestCore, type TestCore } from '../../helpers/core';
import { builtinModelId, makePlan, makeStep } from '../../helpers/factories';
// Resets the stores and the address after each test, as for every test of the app.
import '../helpers/renderApp';

let core: TestCore | undefined;
afterEach(() => core?.dispose());

/** The print view on its own, as the PDF printers open it: no app frame around it. */
async function renderPrint(route: (planId: string) => string) {
  core = makeTestCore({ clock: () => new Date('2026-06-15T09:00:00Z') });
  await core.call('settings.update', { organisationName: 'Contoso Managed Services' });
  const plan = await makePlan(core, { targets: 3, budget: 5000, title: 'Service desk plan' });
  const { dimensions } = await core.call('model.get', { id: builtinModelId('msp') });
  await core.call('assessment.create', {
    teamId: plan.teamId,
    modelId: plan.modelId,
    date: '2026-03-01',
    scores: dimensions.slice(0, 3).map((d) => ({ dimensionId: d.id, level: 2 })),
  });
  await makeStep(core, {
    planId: plan.id,
    title: 'Publish the SLA report',
    status: 'done',
    doneDate: '2026-04-01',
    cost: 800,
  });
  await makeStep(core, { planId: plan.id, title: 'Train the desk', status: 'doing' });
  // Two satisfaction campaigns, one respondent each: every item 6 → 4, then 6 → 5.
  for (const [title, perception] of [
    ['Winter survey', 4],
    ['Spring survey', 5],
  ] as const) {
    const survey = await core.call('survey.createFromTemplate', {
      teamId: plan.teamId,
      title,
      periodStart: '2026-01-01',
      periodEnd: perception === 4 ? '2026-01-31' : '2026-04-30',
    });
    await core.call('surveyResponse.create', {
      surveyId: survey.id,
      answers: survey.items.map((item) => ({ itemId: item.id, expectation: 6, perception })),
    });
  }
  window.api = bridgeApi(core);
  window.location.hash = route(plan.id);
  render(<App />);
  return { plan, dimensions };
}

const printState = () => document.documentElement.getAttribute('data-print-state');

// Whole journeys through the app on a real core: slower than a unit's test.
describe('the print view', { timeout: 20_000 }, () => {
  it('lays out the report in the language asked for, and says when it is ready to print', async () => {
    const { dimensions } = await renderPrint((id) => `#/print/${id}?lang=fr&clientCopy=false`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Service desk plan' })).toBeInTheDocument();
    await waitFor(() => expect(printState()).toBe('ready'));
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(document.title).toBe('Service desk plan — rapport d’avancement');

    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'fr');
    expect(within(article).getByText('pour Northwind Retail')).toBeInTheDocument();
    for (const section of [
      'Synthèse',
      'La maturité en un coup d’œil',
      'Cibles',
      'Petits pas par statut',
      'Budget (interne)',
      'Satisfaction des utilisateurs',
    ]) {
      expect(within(article).getByRole('region', { name: section })).toBeInTheDocument();
    }
    const targets = within(article).getByRole('region', { name: 'Cibles' });
    for (const dimension of dimensions.slice(0, 3)) {
      expect(
        within(targets).getByRole('rowheader', { name: (name) => name.startsWith(dimension.nameFr) }),
      ).toBeInTheDocument();
    }
    const steps = within(article).getByRole('region', { name: 'Petits pas par statut' });
    expect(within(steps).getByRole('heading', { name: 'Réalisés (1)' })).toBeInTheDocument();
    expect(within(steps).getByRole('heading', { name: 'En cours (1)' })).toBeInTheDocument();
    expect(within(steps).getAllByRole('columnheader', { name: 'Coût' })).toHaveLength(2);
    // The radar and the trend are drawn as vectors, each named for assistive technology.
    expect(within(article).getAllByRole('img').length).toBeGreaterThanOrEqual(2);
    // The running header and footer, with the page numbers, are the page's own print rules.
    expect(document.querySelector('article style')?.textContent).toContain(
      '@bottom-right { content: "Page " counter(page) " sur " counter(pages);',
    );
  });

  it('leaves costs and the budget out of the client copy', async () => {
    await renderPrint((id) => `#/print/${id}?lang=en&clientCopy=true`);
    const article = await screen.findByRole('article');
    await waitFor(() => expect(printState()).toBe('ready'));
    expect(within(article).getByText('Client copy')).toBeInTheDocument();
    expect(within(article).queryByRole('region', { name: 'Budget (internal)' })).not.toBeInTheDocument();
    expect(within(article).queryByRole('columnheader', { name: 'Cost' })).not.toBeInTheDocument();
    expect(article).not.toHaveTextContent('€');
  });

  it('compares the gaps of the team’s satisfaction campaigns, dimension by dimension', async () => {
    await renderPrint((id) => `#/print/${id}?lang=en&clientCopy=true`);
    const section = await screen.findByRole('region', { name: 'User satisfaction' });
    expect(section).toHaveTextContent(
      'Latest campaign, “Spring survey” ended 30 Apr 2026: a gap of −1.00 from 1 respondent. +1.00 since “Winter survey”.',
    );
    const headers = within(section)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Quality dimension', 'Winter survey', 'Spring survey']);
    const rows = within(section)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ...['Tangibles', 'Reliability', 'Responsiveness', 'Assurance', 'Empathy'].map((name) => [
        name,
        '−2.00',
        '−1.00',
      ]),
      ['Overall, weighted by importance where set', '−2.00', '−1.00'],
    ]);
  });

  it('tells the printers at once when the plan cannot be shown', async () => {
    await renderPrint(() => '#/print/6a1c4c2e-5a89-4c4e-9d84-2f0e52b7e0a1?lang=en&clientCopy=false');
    expect(await screen.findByRole('alert')).toHaveTextContent('This report cannot be shown.');
    expect(printState()).toBe('failed');
  });
});

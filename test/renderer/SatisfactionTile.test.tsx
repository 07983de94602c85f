import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SatisfactionTile } from '../../src/renderer/components/SatisfactionTile';
import '../../src/renderer/i18n/i18n';
import { makeTestCore, type TestCore } from '../helpers/core';
import { makeTeam } from '../helpers/factories';

const cores: TestCore[] = [];
afterEach(() => Promise.all(cores.splice(0).map((core) => core.dispose())));

async function tileFor(prepare: (core: TestCore, teamId: string) => Promise<void>) {
  const core = makeTestCore();
  cores.push(core);
  const team = await makeTeam(core);
  await prepare(core, team.id);
  const { satisfaction } = await core.call('dashboard.team', { teamId: team.id });
  render(<SatisfactionTile satisfaction={satisfaction} />);
  return screen.getByRole('region', { name: 'Satisfaction' });
}

/** A campaign where one respondent rated every item `expectation → perception`. */
async function campaign(core: TestCore, teamId: string, title: string, periodEnd: string, gap: number) {
  const survey = await core.call('survey.createFromTemplate', {
    teamId,
    title,
    periodStart: '2026-01-01',
    periodEnd,
  });
  await core.call('surveyResponse.create', {
    surveyId: survey.id,
    answers: survey.items.map((item) => ({ itemId: item.id, expectation: 6, perception: 6 + gap })),
  });
}

describe('the satisfaction tile', () => {
  it('shows the latest gap and how it moved since the campaign before', async () => {
    const tile = await tileFor(async (core, teamId) => {
      await campaign(core, teamId, 'Spring', '2026-03-31', -3);
      await campaign(core, teamId, 'Autumn', '2026-10-31', -1);
    });
    expect(await screen.findByText('−1.00')).toBeInTheDocument();
    expect(tile).toHaveTextContent('Gap · Autumn, 31 Oct 2026');
    expect(tile).toHaveTextContent('+2.00 since “Spring”: better');
    expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/survey\/[0-9a-f-]+\?tab=results$/),
    );
  });

  it('invites to run a survey when the team has no answered campaign', async () => {
    await tileFor(async () => undefined);
    expect(await screen.findByText('No survey answered yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Run a survey' })).toHaveAttribute('href', '#/surveys');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addTeam, renderApp } from './helpers/renderApp';

const navigation = () => screen.getByRole('navigation', { name: 'Main navigation' });

describe('App frame', () => {
  it('opens the screen named in the address and marks its link as current', async () => {
    await renderApp({ hash: '#/portfolio' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(within(navigation()).getByRole('link', { name: 'Portfolio' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(navigation()).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('Portfolio · Stepwise');
  });

  it('moves between screens from the sidebar and focuses the new title', async () => {
    const { user } = await renderApp();
    await user.click(within(navigation()).getByRole('link', { name: 'Surveys' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'Surveys' });
    expect(window.location.hash).toBe('#/surveys');
    expect(title).toHaveFocus();
  });

  it('shows changes made elsewhere as soon as main says the data changed', async () => {
    const { core } = await renderApp({ hash: '#/teams' });
    await screen.findByRole('heading', { name: 'No teams yet' });
    await addTeam(core, 'Imported Team');
    expect(await screen.findByRole('row', { name: /Imported Team/ })).toBeInTheDocument();
  });
});

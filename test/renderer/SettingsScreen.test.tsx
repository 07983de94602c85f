import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './helpers/renderApp';

const navigation = () => screen.getByRole('navigation', { name: /navigation/i });

describe('Settings screen', () => {
  it('switches the app to French at once, and remembers it', async () => {
    const { core, user } = await renderApp({ hash: '#/settings' });
    expect(within(navigation()).getByRole('link', { name: 'Teams' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Français' }));

    expect(await within(navigation()).findByRole('link', { name: 'Équipes' })).toBeInTheDocument();
    expect(within(navigation()).getByRole('link', { name: 'Paramètres' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect((await core.call('settings.get', {})).language).toBe('fr');
  });

  it('opens in the language saved in the settings', async () => {
    await renderApp({
      hash: '#/teams',
      prepare: async (core) => void (await core.call('settings.update', { language: 'fr' })),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Équipes' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('saves your name and the organisation, with a confirmation', async () => {
    const { core, user } = await renderApp({ hash: '#/settings' });
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Claire Martin');
    await user.type(screen.getByRole('textbox', { name: 'Organisation name' }), 'Contoso Managed Services');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(await core.call('settings.get', {})).toMatchObject({
      userName: 'Claire Martin',
      organisationName: 'Contoso Managed Services',
    });
    expect(
      within(screen.getByRole('complementary')).getByText('Contoso Managed Services'),
    ).toBeInTheDocument();
  });

  it('refuses a logo over 500 KB and keeps none', async () => {
    const { core, user } = await renderApp({ hash: '#/settings' });
    const big = new File([new Uint8Array(600 * 1024)], 'logo.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Choose a logo'), big);

    expect(
      await screen.findByText('This image weighs 600 KB: the logo must be at most 500 KB.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Preview of the organisation logo' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await core.call('settings.get', {})).organisationLogo).toBeNull();
  });

  it('keeps a small logo, previews it and removes it', async () => {
    const { core, user } = await renderApp({ hash: '#/settings' });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    await user.upload(
      screen.getByLabelText('Choose a logo'),
      new File([svg], 'logo.svg', { type: 'image/svg+xml' }),
    );

    const preview = await screen.findByRole('img', { name: 'Preview of the organisation logo' });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () =>
      expect((await core.call('settings.get', {})).organisationLogo).toBe(preview.getAttribute('src')),
    );

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(screen.queryByRole('img', { name: 'Preview of the organisation logo' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await core.call('settings.get', {})).organisationLogo).toBeNull());
  });
});

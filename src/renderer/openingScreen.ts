import { prepareFormats } from './format';
import { preloadPortfolio } from './screens/portfolio/PortfolioScreen';
import { preloadTeamDashboard } from './screens/team/TeamScreen';
import { parseHash, type Screen } from './routes';
import { languageOf, useSettingsStore } from './stores/settingsStore';

/** The dashboards fetch their code and data as the app opens on them. */
const screenPreloads: Partial<Record<Screen, (params: Readonly<Record<string, string>>) => void>> = {
  portfolio: preloadPortfolio,
  team: preloadTeamDashboard,
};

/**
 * Asks for what the app opens with as soon as this module runs, before the rest of the app's code is
 * evaluated and drawn: the settings first, so that their small answer does not wait behind a
 * dashboard's, then the code and data of the screen the address names.
 */
function fetchOpeningScreen(): void {
  const settings = useSettingsStore.getState().load();
  const route = parseHash(window.location.hash);
  screenPreloads[route.screen]?.(route.params);
  // The formatters of the user's language are built while the page waits for the screen's data.
  void settings.then(() =>
    requestIdleCallback(() => prepareFormats(languageOf(useSettingsStore.getState()))),
  );
}

fetchOpeningScreen();

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
 * Opens what the app opens with as soon as this module runs, before the rest of the app's code is
 * evaluated and drawn: the settings first, then the stores and the code of the screen the address names.
 * The stores take the answers that the page's first script (opening.ts) asked for before this code came.
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

/**
 * The first script of the page (put first in index.html by electron.vite.config.ts), and a small one: it
 * asks for the settings and the opening screen's code and data before the app's code has arrived, so
 * that they are on their way while it loads (earlyAnswers.ts). The stores ask for the same calls, with the
 * same inputs (`viewOf`, `dashboardQuery`), as openingScreen.ts opens them, and take these answers.
 */
import { askEarly } from './earlyAnswers';
import { parseHash } from './routes';
import { viewOf } from './screens/portfolio/portfolioView';
import { dashboardQuery } from './screens/team/dashboardQuery';

const route = parseHash(window.location.hash);
askEarly('settings.get', {});
if (route.screen === 'portfolio') askEarly('portfolio.get', viewOf(route.params).query);
if (route.screen === 'team' && route.params.id !== undefined) {
  askEarly('dashboard.team', dashboardQuery(route.params.id, route.params.plan ?? null));
}
// Then the files of the screen's code, which the app would ask for only once its own code has run. The
// build names them on this script (electron.vite.config.ts).
for (const file of document.currentScript?.dataset[route.screen]?.split(' ') ?? []) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = file;
  document.head.append(link);
}

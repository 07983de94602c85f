/**
 * The first script of the page (index.html), and a small one: it asks for the settings and the opening
 * screen's data before the app's code has arrived, so that the answers are on their way while it loads
 * (earlyAnswers.ts). The stores ask for the same calls as they open and take these answers.
 */
import { askEarly } from './earlyAnswers';
import { parseHash } from './routes';
import { viewOf } from './screens/portfolio/portfolioView';

const route = parseHash(window.location.hash);
askEarly('settings.get', {});
if (route.screen === 'portfolio') askEarly('portfolio.get', viewOf(route.params).query);
const { id: teamId, plan: planId } = route.params;
if (route.screen === 'team' && teamId !== undefined) {
  askEarly('dashboard.team', planId === undefined ? { teamId } : { teamId, planId });
}

import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/Alert';
import { LogoMark } from './components/Icon';
import { pageTitleId } from './components/PageHeader';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { describeError } from './errors';
import { applyLanguage } from './i18n/i18n';
import { HomeScreen } from './screens/home/HomeScreen';
import { PlansScreen } from './screens/plans/PlansScreen';
import { PortfolioScreen } from './screens/portfolio/PortfolioScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { SurveysScreen } from './screens/surveys/SurveysScreen';
import { TeamsScreen } from './screens/teams/TeamsScreen';
import { followDataChanges } from './stores/dataChanges';
import { followLocation, useRouteStore, type Screen } from './stores/routeStore';
import { languageOf, useSettingsStore } from './stores/settingsStore';

const screenComponents: Record<Screen, ComponentType> = {
  home: HomeScreen,
  teams: TeamsScreen,
  plans: PlansScreen,
  portfolio: PortfolioScreen,
  surveys: SurveysScreen,
  settings: SettingsScreen,
};

export function App() {
  const { t } = useTranslation();
  const settingsStatus = useSettingsStore((state) => state.status);
  const settingsError = useSettingsStore((state) => state.error);
  const loadSettings = useSettingsStore((state) => state.load);
  const language = useSettingsStore(languageOf);

  useEffect(() => followLocation(), []);
  useEffect(() => followDataChanges(), []);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    void applyLanguage(language);
  }, [language]);

  if (settingsStatus === 'error' && settingsError) {
    return (
      <main className="startup">
        <LogoMark size={48} />
        <h1>{t('app.cannotStart')}</h1>
        <ErrorAlert>{describeError(settingsError, t)}</ErrorAlert>
        <button type="button" className="button button--primary" onClick={() => void loadSettings()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (settingsStatus !== 'ready') {
    return (
      <main className="startup" aria-busy="true">
        <LogoMark size={48} />
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  return <AppFrame />;
}

function AppFrame() {
  const screen = useRouteStore((state) => state.route.screen);
  const CurrentScreen = screenComponents[screen];
  const shownScreen = useRef(screen);

  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    document.getElementById(pageTitleId)?.focus();
  }, [screen]);

  return (
    <div className="app-frame">
      <Sidebar />
      <main className="main">
        <div className="main__content" key={screen}>
          <CurrentScreen />
        </div>
      </main>
      <Toasts />
    </div>
  );
}

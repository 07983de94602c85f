import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/Alert';
import { LogoMark } from './components/Icon';
import { pageTitleId } from './components/PageHeader';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { useUndoShortcuts } from './components/UndoRedo';
import { describeError } from './errors';
import { applyLanguage } from './i18n/i18n';
import { AssessScreen } from './screens/assess/AssessScreen';
import { HomeScreen } from './screens/home/HomeScreen';
import { ModelsScreen } from './screens/models/ModelsScreen';
import { PlanScreen } from './screens/plan/PlanScreen';
import { PlansScreen } from './screens/plans/PlansScreen';
import { PortfolioScreen } from './screens/portfolio/PortfolioScreen';
import { PrintScreen } from './screens/print/PrintScreen';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { SurveyRoute } from './screens/survey/SurveyRoute';
import { SurveysScreen } from './screens/surveys/SurveysScreen';
import { TeamScreen } from './screens/team/TeamScreen';
import { TeamsScreen } from './screens/teams/TeamsScreen';
import { WorkshopScreen } from './screens/workshop/WorkshopScreen';
import { followDataChanges } from './stores/dataChanges';
import { followLocation, useRouteStore, type Screen } from './stores/routeStore';
import { languageOf, useSettingsStore } from './stores/settingsStore';

const screenComponents: Record<Screen, ComponentType> = {
  home: HomeScreen,
  teams: TeamsScreen,
  plans: PlansScreen,
  portfolio: PortfolioScreen,
  surveys: SurveysScreen,
  survey: SurveyRoute,
  settings: SettingsScreen,
  assess: AssessScreen,
  workshop: WorkshopScreen,
  print: PrintScreen,
  models: ModelsScreen,
  plan: PlanScreen,
  team: TeamScreen,
};

/** Screens that fill the window, without the sidebar: the workshop, shown on a projector. */
const fullScreens: ReadonlySet<Screen> = new Set<Screen>(['workshop']);

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

  // The data file was damaged at startup: the user chooses how to go on before anything else.
  if (settingsStatus === 'error' && settingsError?.code === 'recovery-needed') {
    return <RecoveryScreen onRecovered={() => void loadSettings()} />;
  }
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
  useUndoShortcuts();

  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    document.getElementById(pageTitleId)?.focus();
  }, [screen]);

  // The report's print view is a document of its own: no app frame, no toasts, printed as it is.
  if (screen === 'print') return <CurrentScreen />;
  if (fullScreens.has(screen)) {
    return (
      <>
        <main className="full-screen" key={screen}>
          <CurrentScreen />
        </main>
        <Toasts />
      </>
    );
  }
  return (
    <div className="app-frame">
      <Sidebar />
      <main className="main">
        <ReadOnlyBanner />
        <div className="main__content" key={screen}>
          <CurrentScreen />
        </div>
      </main>
      <Toasts />
    </div>
  );
}

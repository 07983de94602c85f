import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/Alert';
import { LogoMark } from './components/Icon';
import { Loading } from './components/LoadState';
import { pageTitleId } from './components/PageHeader';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { useUndoShortcuts } from './components/UndoRedo';
import { scrollAreaProps } from './components/VirtualRows';
import { describeError } from './errors';
import { applyLanguage } from './i18n/i18n';
import { HomeScreen } from './screens/home/HomeScreen';
import { PortfolioScreen } from './screens/portfolio/PortfolioScreen';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen';
import { SurveyRoute } from './screens/survey/SurveyRoute';
import { TeamScreen } from './screens/team/TeamScreen';
import { followDataChanges } from './stores/dataChanges';
import { followLocation, useRouteStore } from './stores/routeStore';
import { type Screen } from './routes';
import { languageOf, useSettingsStore } from './stores/settingsStore';

/** A screen whose code loads when it is first opened, so that the app starts with less JavaScript. */
const lazyScreen = <Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType =>
  lazy(async () => {
    const screen: ComponentType = (await load())[name];
    return { default: screen };
  });

// Home is where the app opens; the team, portfolio and survey screens load their charts lazily themselves.
const screenComponents: Record<Screen, ComponentType> = {
  home: HomeScreen,
  teams: lazyScreen(() => import('./screens/teams/TeamsScreen'), 'TeamsScreen'),
  plans: lazyScreen(() => import('./screens/plans/PlansScreen'), 'PlansScreen'),
  portfolio: PortfolioScreen,
  surveys: lazyScreen(() => import('./screens/surveys/SurveysScreen'), 'SurveysScreen'),
  survey: SurveyRoute,
  settings: lazyScreen(() => import('./screens/settings/SettingsScreen'), 'SettingsScreen'),
  assess: lazyScreen(() => import('./screens/assess/AssessScreen'), 'AssessScreen'),
  workshop: lazyScreen(() => import('./screens/workshop/WorkshopScreen'), 'WorkshopScreen'),
  print: lazyScreen(() => import('./screens/print/PrintScreen'), 'PrintScreen'),
  models: lazyScreen(() => import('./screens/models/ModelsScreen'), 'ModelsScreen'),
  plan: lazyScreen(() => import('./screens/plan/PlanScreen'), 'PlanScreen'),
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
  const ScreenComponent = screenComponents[screen];
  const shownScreen = useRef(screen);
  useUndoShortcuts();

  // Rendered after the screen inside the same boundary, so that it runs once a lazy screen has arrived.
  const current = (
    <Suspense fallback={<Loading />}>
      <ScreenComponent />
      <WhenShown
        run={() => {
          // The focus moves to the page's title when the user went to another screen, not when the app opens.
          if (shownScreen.current === screen) return;
          shownScreen.current = screen;
          document.getElementById(pageTitleId)?.focus();
        }}
      />
    </Suspense>
  );

  // The report's print view is a document of its own: no app frame, no toasts, printed as it is.
  if (screen === 'print') return current;
  if (fullScreens.has(screen)) {
    return (
      <>
        <main className="full-screen" key={screen}>
          {current}
        </main>
        <Toasts />
      </>
    );
  }
  return (
    <div className="app-frame">
      <Sidebar />
      <main className="main" {...scrollAreaProps}>
        <ReadOnlyBanner />
        <div className="main__content" key={screen}>
          {current}
        </div>
      </main>
      <Toasts />
    </div>
  );
}

/** Runs `run` once what precedes it in its Suspense boundary has been drawn. */
function WhenShown({ run }: { run: () => void }) {
  useEffect(run);
  return null;
}

import { useTranslation } from 'react-i18next';
import type { Messages } from '../i18n/en';
import { useRouteStore } from '../stores/routeStore';
import { hashOf, type Screen } from '../routes';
import { useSettingsStore } from '../stores/settingsStore';
import { Icon, LogoMark, type IconName } from './Icon';
import { UndoRedoButtons } from './UndoRedo';

/** The screens the sidebar links to: each has its name in `nav`; the others open from within them. */
type NavScreen = Extract<Screen, Exclude<keyof Messages['nav'], 'label'>>;

const links: { screen: NavScreen; icon: IconName }[] = [
  { screen: 'home', icon: 'home' },
  { screen: 'teams', icon: 'teams' },
  { screen: 'plans', icon: 'plans' },
  { screen: 'portfolio', icon: 'portfolio' },
  { screen: 'surveys', icon: 'surveys' },
  { screen: 'models', icon: 'models' },
];

const sectionOf: Partial<Record<Screen, Screen>> = { plan: 'plans', team: 'teams', assess: 'teams' };

export function Sidebar() {
  const { t } = useTranslation();
  // A plan's page belongs under Plans, a team's dashboard and its assessments under Teams.
  const current = useRouteStore((state) => sectionOf[state.route.screen] ?? state.route.screen);
  const organisationName = useSettingsStore((state) => state.settings?.organisationName ?? '');
  const organisationLogo = useSettingsStore((state) => state.settings?.organisationLogo ?? null);

  const link = (screen: NavScreen, icon: IconName) => (
    <li key={screen}>
      <a href={hashOf(screen)} className="nav-link" aria-current={current === screen ? 'page' : undefined}>
        <Icon name={icon} />
        <span>{t(`nav.${screen}`)}</span>
      </a>
    </li>
  );

  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <LogoMark />
        <span className="sidebar__app-name">{t('app.name')}</span>
        <UndoRedoButtons />
      </div>
      <nav aria-label={t('nav.label')} className="sidebar__nav">
        <ul className="nav-list">{links.map(({ screen, icon }) => link(screen, icon))}</ul>
        <ul className="nav-list nav-list--bottom">{link('settings', 'settings')}</ul>
      </nav>
      <footer className="sidebar__footer">
        {organisationName || organisationLogo ? (
          <div className="sidebar__organisation">
            {organisationLogo && (
              <img
                src={organisationLogo}
                alt={
                  organisationName
                    ? t('sidebar.organisationLogo', { name: organisationName })
                    : t('fields.organisationLogo')
                }
                className="sidebar__logo"
              />
            )}
            {organisationName && (
              <span className="truncate" title={organisationName}>
                {organisationName}
              </span>
            )}
          </div>
        ) : null}
        <p className="sidebar__offline">{t('sidebar.offline')}</p>
      </footer>
    </aside>
  );
}

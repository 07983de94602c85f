import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const pageTitleId = 'page-title';

/** The title of the screen and its primary action; names the window too. */
export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        {/* Focused when the screen changes, so that keyboard and screen reader users start at its top. */}
        <h1 id={pageTitleId} tabIndex={-1}>
          {title}
        </h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}

import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** What a screen says when it has nothing to show yet, and the way forward. */
export function EmptyState({
  icon,
  title,
  children,
  actions,
  level = 2,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** The heading level that fits where the empty state stands. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-state__icon">
        <Icon name={icon} size={28} />
      </div>
      <Heading>{title}</Heading>
      <p>{children}</p>
      {actions && <div className="empty-state__actions">{actions}</div>}
    </section>
  );
}

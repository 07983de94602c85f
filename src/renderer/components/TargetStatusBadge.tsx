import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '@shared/calc/forecast';
import { Icon, type IconName } from './Icon';

const icons: Record<TargetStatus, IconName> = {
  reached: 'check',
  'on-track': 'arrowRight',
  'at-risk': 'alert',
  'off-track': 'alert',
};

/** Where a target stands against its date, in words and an icon: never told by colour alone. */
export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--target-${status}`}>
      <Icon name={icons[status]} size={13} />
      {t(`targetStatus.${status}`)}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { PlanDashboard } from '@shared/domain/dashboards';
import { formatDay, formatNumber, formatPercent } from '../../format';
import { useLanguage } from '../../stores/settingsStore';

/** The plan in a few figures: progress, pace of the steps, the last step done and the next review. */
export function MomentumTiles({ plan }: { plan: PlanDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { momentum } = plan;
  const reached = plan.targets.filter((target) => target.status === 'reached').length;
  const tiles = [
    {
      key: 'progress',
      label: t('teamDashboard.tiles.progress'),
      value: plan.progress === null ? '—' : formatPercent(plan.progress, language),
      hint: t('teamDashboard.tiles.targetsReached', { reached, total: plan.targets.length }),
    },
    {
      key: 'pace',
      label: t('teamDashboard.tiles.pace'),
      value: formatNumber(momentum.stepsDonePerWeek, language, 2),
      hint: t('teamDashboard.tiles.paceHint'),
    },
    {
      key: 'quickWins',
      label: t('teamDashboard.tiles.quickWins'),
      value: momentum.quickWinShare === null ? '—' : formatPercent(momentum.quickWinShare, language),
      hint: t('teamDashboard.tiles.quickWinsHint'),
    },
    {
      key: 'lastDone',
      label: t('teamDashboard.tiles.lastDone'),
      value:
        momentum.daysSinceLastDone === null
          ? t('teamDashboard.tiles.noneYet')
          : t('teamDashboard.tiles.daysAgo', { count: momentum.daysSinceLastDone }),
      hint: t('teamDashboard.tiles.lastDoneHint'),
      warning: momentum.stalling && momentum.daysSinceLastDone !== null,
    },
    {
      key: 'review',
      label: t('teamDashboard.tiles.nextReview'),
      value: momentum.nextReviewDue === null ? '—' : formatDay(momentum.nextReviewDue, language),
      hint: momentum.reviewOverdue
        ? t('teamDashboard.tiles.overdue')
        : momentum.nextReviewDue === null
          ? t('teamDashboard.tiles.noCadence')
          : t('teamDashboard.tiles.reviewHint'),
      warning: momentum.reviewOverdue,
    },
  ];
  return (
    <section aria-label={t('teamDashboard.tiles.label')}>
      <dl className="dashboard-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={tile.warning ? 'stat stat--warning' : 'stat'}>
            <dt>
              {tile.label} <span className="stat__hint">{tile.hint}</span>
            </dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

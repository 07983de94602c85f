import type { TFunction } from 'i18next';
import { stallingAfterDays } from '@shared/calc/momentum';
import type { Language } from '@shared/domain/settings';
import { formatDay } from '../../format';

/** Why a plan stalls, in words: no step done for three weeks, its review overdue, or both. */
export function stallingReasons(
  t: TFunction,
  language: Language,
  plan: { daysSinceLastDone: number | null; reviewOverdue: boolean; nextReviewDue: string | null },
): string {
  return [
    plan.daysSinceLastDone === null
      ? t('teamDashboard.stallingNoStep')
      : plan.daysSinceLastDone > stallingAfterDays
        ? t('teamDashboard.stallingSteps', { count: plan.daysSinceLastDone })
        : null,
    plan.reviewOverdue && plan.nextReviewDue
      ? t('teamDashboard.stallingReview', { date: formatDay(plan.nextReviewDue, language) })
      : null,
  ]
    .filter((reason): reason is string => reason !== null)
    .join(' ');
}

import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '@shared/domain/plans';
import type { Survey } from '@shared/domain/surveys';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--plan-${status}`}>{t(`status.plan.${status}`)}</span>;
}

export function SurveyStatusBadge({ status }: { status: Survey['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--survey-${status}`}>{t(`status.survey.${status}`)}</span>;
}

export function ArchivedBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--archived">{t('common.archived')}</span>;
}

import { useTranslation } from 'react-i18next';
import { planStatuses } from '@shared/domain/constants';
import type { PlanStatus, PlanSummary } from '@shared/domain/plans';
import { asApiError } from '../../api';
import { describeError } from '../../errors';
import { usePlanStore } from '../../stores/planStore';
import { showError, showSuccess } from '../../stores/toastStore';

/** A plan's status, shown as its badge and changed in place. */
export function PlanStatusSelect({ plan }: { plan: Pick<PlanSummary, 'id' | 'title' | 'status'> }) {
  const { t } = useTranslation();
  const setStatus = usePlanStore((state) => state.setStatus);

  const change = async (status: PlanStatus) => {
    try {
      await setStatus(plan.id, status);
      showSuccess(t('plans.statusChanged', { title: plan.title, status: t(`status.plan.${status}`) }));
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };

  return (
    <select
      className={`badge-select badge--plan-${plan.status}`}
      aria-label={t('plans.statusOf', { title: plan.title })}
      value={plan.status}
      onChange={(event) => void change(event.target.value as PlanStatus)}
    >
      {planStatuses.map((status) => (
        <option key={status} value={status}>
          {t(`status.plan.${status}`)}
        </option>
      ))}
    </select>
  );
}

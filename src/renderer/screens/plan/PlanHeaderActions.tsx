import type { PlanDetail } from '@shared/domain/plans';
import { PlanStatusSelect } from '../plans/PlanStatusSelect';
import { ImportRegisterButton, SharePlanButton } from '../sharing/SharingButtons';

/**
 * What the plan page's header offers to do with the whole plan: its status, and the place for actions
 * such as exporting or sharing the plan (each a button here, after the status).
 */
export function PlanHeaderActions({ plan }: { plan: PlanDetail }) {
  return (
    <div className="plan-header-actions">
      <PlanStatusSelect plan={plan} />
      <ImportRegisterButton plan={plan} />
      <SharePlanButton plan={plan} />
    </div>
  );
}

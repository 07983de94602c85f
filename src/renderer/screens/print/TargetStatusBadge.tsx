import type { TargetStatus } from '@shared/calc/forecast';
import { useReportText } from './reportText';

/** Reached / on track / at risk / off track, in the colour the report uses for it. */
export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useReportText();
  return <span className={`report-status report-status--${status}`}>{t(`targetStatus.${status}`)}</span>;
}

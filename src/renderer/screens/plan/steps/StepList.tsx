import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, tooBigReasons } from '@shared/calc/steps';
import { stepStatuses } from '@shared/domain/constants';
import type { PlanDetail, Step, StepStatus } from '@shared/domain/plans';
import type { ModelDetail } from '@shared/domain/models';
import { asApiError } from '../../../api';
import { Icon } from '../../../components/Icon';
import { SpacerRow, useVirtualRows } from '../../../components/VirtualRows';
import { describeError } from '../../../errors';
import { formatDay, formatMoney, today } from '../../../format';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { useLanguage } from '../../../stores/settingsStore';
import { showError } from '../../../stores/toastStore';
import { dimensionName } from '../modelText';
import { effortText } from './stepText';

/** The steps as a table, in board order: each with its owner, status (changed in place), dates and effort. */
export function StepList({
  steps,
  plan,
  model,
  onOpen,
  onSplit,
}: {
  steps: readonly Step[];
  plan: PlanDetail;
  model: ModelDetail;
  onOpen: (step: Step) => void;
  onSplit: (step: Step) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const moveStep = usePlanDetailStore((state) => state.moveStep);
  const now = today();
  const ordered = useMemo(
    () =>
      [...steps].sort(
        (a, b) => stepStatuses.indexOf(a.status) - stepStatuses.indexOf(b.status) || a.position - b.position,
      ),
    [steps],
  );
  const { attachList, indexes, before, after, measure } = useVirtualRows<HTMLTableSectionElement>(
    ordered.length,
    57,
  );

  const setStatus = async (step: Step, status: StepStatus) => {
    try {
      await moveStep({ id: step.id, status, beforeId: null });
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };

  return (
    <div className="table-card">
      <table
        className="table table--in-main step-table"
        aria-label={t('planSteps.list.label')}
        aria-rowcount={ordered.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('planSteps.list.step')}</th>
            <th scope="col" className="col-owner">
              {t('fields.owner')}
            </th>
            <th scope="col" className="col-status">
              {t('fields.status')}
            </th>
            <th scope="col" className="col-date">
              {t('fields.dueDate')}
            </th>
            <th scope="col" className="col-effort">
              {t('planSteps.list.effort')}
            </th>
          </tr>
        </thead>
        <tbody ref={attachList}>
          <SpacerRow height={before} columns={5} />
          {indexes.map((index) => {
            const step = ordered[index] as Step;
            const dimension = dimensionName(model, step.dimensionId, language);
            const tooBig =
              step.status !== 'done' && step.status !== 'dropped' && tooBigReasons(step, plan).length > 0;
            return (
              <tr key={step.id} ref={measure} data-index={index} aria-rowindex={index + 2}>
                <th scope="row">
                  <div className="stacked">
                    <button type="button" className="link-button clamp-2" onClick={() => onOpen(step)}>
                      {step.title}
                    </button>
                    <span className="step-table__details">
                      {dimension && <span className="muted small">#{dimension}</span>}
                      {tooBig && (
                        <button
                          type="button"
                          className="too-big-flag"
                          aria-label={t('planSteps.splitNamed', { title: step.title })}
                          onClick={() => onSplit(step)}
                        >
                          <Icon name="alert" size={14} />
                          {t('planSteps.tooBig')}
                        </button>
                      )}
                    </span>
                  </div>
                </th>
                <td className="col-owner">
                  {step.owner ? (
                    <span className="truncate" title={step.owner}>
                      {step.owner}
                    </span>
                  ) : (
                    <span className="muted">{t('planSteps.noOwner')}</span>
                  )}
                </td>
                <td className="col-status">
                  <select
                    className={`badge-select badge--step-${step.status}`}
                    aria-label={t('planSteps.list.statusOf', { title: step.title })}
                    value={step.status}
                    onChange={(event) => void setStatus(step, event.target.value as StepStatus)}
                  >
                    {stepStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`planSteps.status.${status}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="col-date">
                  {step.dueDate && (
                    <span className={isOverdue(step, now) ? 'is-overdue' : undefined}>
                      {formatDay(step.dueDate, language)}
                      {isOverdue(step, now) && (
                        <span className="badge badge--overdue">{t('planSteps.overdue')}</span>
                      )}
                    </span>
                  )}
                </td>
                <td className="col-effort">
                  <div className="stacked">
                    {step.effortDays !== null && <span>{effortText(t, step.effortDays, language)}</span>}
                    {step.cost !== null && step.cost > 0 && (
                      <span className="muted small">{formatMoney(step.cost, language)}</span>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
          <SpacerRow height={after} columns={5} />
        </tbody>
      </table>
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceOf, stepStatuses } from '@shared/domain/constants';
import type { Step } from '@shared/domain/plans';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { localName, today } from '../../../format';
import { filterSteps, ownersOf, stepById } from '../../../stores/planDetailStore';
import { useRouteStore } from '../../../stores/routeStore';
import { useLanguage } from '../../../stores/settingsStore';
import { liveDimensions } from '../modelText';
import type { PlanTabProps } from '../planTabs';
import { QuickCapture } from './QuickCapture';
import { SplitStepDialog } from './SplitStepDialog';
import { StepBoard } from './StepBoard';
import { StepDialog } from './StepDialog';
import { StepList } from './StepList';

type View = 'board' | 'list';

/**
 * The plan's small steps: quick capture above, then the board or the list. The view and the list's
 * filters live in the address (`?tab=steps&view=list&owner=…&status=…`), like the plans list's.
 */
export function StepsTab({ plan, model }: PlanTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const params = useRouteStore((state) => state.route.params);
  const navigate = useRouteStore((state) => state.navigate);
  const [opened, setOpened] = useState<string | null>(null);
  const [splitting, setSplitting] = useState<string | null>(null);
  const id = useId();

  const view: View = params.view === 'list' ? 'list' : 'board';
  const filter = {
    owner: params.owner || undefined,
    dimensionId: params.dimension || undefined,
    status: choiceOf(stepStatuses, params.status),
    overdue: params.overdue === '1',
  };
  const filtered = filter.owner || filter.dimensionId || filter.status || filter.overdue;
  const go = (change: Record<string, string | undefined>) =>
    navigate('plan', {
      id: plan.id,
      tab: 'steps',
      view,
      owner: filter.owner,
      dimension: filter.dimensionId,
      status: filter.status,
      overdue: filter.overdue ? '1' : undefined,
      ...change,
    });
  const clearFilters = () => navigate('plan', { id: plan.id, tab: 'steps', view });

  const owners = ownersOf(plan.steps);
  const usedDimensions = liveDimensions(model).filter((d) => plan.steps.some((s) => s.dimensionId === d.id));
  const shown = filterSteps(plan.steps, filter, today());
  const openStep = (step: Step) => setOpened(step.id);
  const splitStep = (step: Step) => setSplitting(step.id);
  const openedStep = stepById(plan, opened);
  const splittingStep = stepById(plan, splitting);

  return (
    <div className="steps-tab">
      <QuickCapture plan={plan} model={model} />
      <div className="toolbar steps-toolbar">
        <div className="segmented" role="radiogroup" aria-label={t('planSteps.view')}>
          {(['board', 'list'] as const).map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name={`${id}-view`}
                value={value}
                checked={view === value}
                onChange={() => go({ view: value })}
              />
              <span>
                <Icon name={value} size={16} />
                {t(`planSteps.views.${value}`)}
              </span>
            </label>
          ))}
        </div>
        {view === 'list' && (
          <>
            <div className="filter">
              <label htmlFor={`${id}-owner`}>{t('fields.owner')}</label>
              <select
                id={`${id}-owner`}
                value={filter.owner ?? ''}
                onChange={(event) => go({ owner: event.target.value || undefined })}
              >
                <option value="">{t('planSteps.filters.anyone')}</option>
                {owners.map((owner) => (
                  <option key={owner} value={owner}>
                    {owner}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={`${id}-dimension`}>{t('fields.dimensionId')}</label>
              <select
                id={`${id}-dimension`}
                value={filter.dimensionId ?? ''}
                onChange={(event) => go({ dimension: event.target.value || undefined })}
              >
                <option value="">{t('planSteps.filters.anyDimension')}</option>
                {usedDimensions.map((dimension) => (
                  <option key={dimension.id} value={dimension.id}>
                    {localName(dimension, language)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={`${id}-status`}>{t('fields.status')}</label>
              <select
                id={`${id}-status`}
                value={filter.status ?? ''}
                onChange={(event) => go({ status: event.target.value || undefined })}
              >
                <option value="">{t('planSteps.filters.anyStatus')}</option>
                {stepStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`planSteps.status.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filter.overdue}
                onChange={(event) => go({ overdue: event.target.checked ? '1' : undefined })}
              />
              <span>{t('planSteps.filters.overdueOnly')}</span>
            </label>
            {filtered && (
              <button type="button" className="button button--quiet" onClick={clearFilters}>
                {t('plans.clearFilters')}
              </button>
            )}
          </>
        )}
        <span className="toolbar__note" role="status">
          {view === 'list' && filtered
            ? t('planSteps.shownOf', { count: shown.length, total: plan.steps.length })
            : t('planSteps.count', { count: plan.steps.length })}
        </span>
      </div>
      {plan.steps.length === 0 ? (
        <EmptyState icon="plans" level={3} title={t('planSteps.emptyTitle')}>
          {t('planSteps.emptyText')}
        </EmptyState>
      ) : view === 'board' ? (
        <StepBoard plan={plan} model={model} onOpen={openStep} onSplit={splitStep} />
      ) : shown.length === 0 ? (
        <EmptyState
          icon="plans"
          level={3}
          title={t('planSteps.noMatchTitle')}
          actions={
            <button type="button" className="button" onClick={clearFilters}>
              {t('plans.clearFilters')}
            </button>
          }
        >
          {t('planSteps.noMatchText')}
        </EmptyState>
      ) : (
        <StepList steps={shown} plan={plan} model={model} onOpen={openStep} onSplit={splitStep} />
      )}
      {openedStep && (
        <StepDialog
          step={openedStep}
          plan={plan}
          model={model}
          onClose={() => setOpened(null)}
          onSplit={() => {
            setOpened(null);
            setSplitting(openedStep.id);
          }}
        />
      )}
      {splittingStep && (
        <SplitStepDialog step={splittingStep} plan={plan} onClose={() => setSplitting(null)} />
      )}
    </div>
  );
}

import { useId, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, tooBigReasons } from '@shared/calc/steps';
import type { ModelDetail } from '@shared/domain/models';
import type { PlanDetail, Step } from '@shared/domain/plans';
import { Icon } from '../../../components/Icon';
import { formatDay, formatMoney, today } from '../../../format';
import { useLanguage } from '../../../stores/settingsStore';
import { dimensionName } from '../modelText';
import { effortText } from './stepText';

/**
 * A step on the board: its title and what matters at a glance (owner, due date, effort, dimension), and
 * the small-step rule's flag with the way to split it. The card itself is one control: Enter or a click
 * opens the step, the board handles the other keys.
 */
export function StepCard({
  step,
  plan,
  model,
  hintId,
  index,
  measure,
  tabbable,
  carried,
  dragged,
  cardRef,
  onFocus,
  onKeyDown,
  onOpen,
  onSplit,
  onDragStart,
  onDragEnd,
}: {
  step: Step;
  plan: PlanDetail;
  model: ModelDetail;
  hintId: string;
  /** Where the card stands in its column; with `measure`, for a long column that draws only some. */
  index: number;
  measure: ((card: Element | null) => void) | undefined;
  tabbable: boolean;
  carried: boolean;
  dragged: boolean;
  cardRef: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onOpen: () => void;
  onSplit: () => void;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const tooBig = step.status !== 'done' && step.status !== 'dropped' && tooBigReasons(step, plan).length > 0;
  const overdue = isOverdue(step, today());
  const dimension = dimensionName(model, step.dimensionId, language);
  const classes = ['step-card', carried && 'is-carried', dragged && 'is-dragged', tooBig && 'is-too-big']
    .filter(Boolean)
    .join(' ');

  return (
    <li
      ref={measure}
      className={classes}
      data-card={step.id}
      data-index={index}
      draggable
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
    >
      <div
        ref={cardRef}
        role="button"
        tabIndex={tabbable ? 0 : -1}
        className="step-card__body"
        aria-describedby={`${id}-meta ${hintId}`}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onClick={onOpen}
      >
        <span className="step-card__title">{step.title}</span>
      </div>
      {/* Outside the card's button, whose name is the title alone; a click here opens the step too. */}
      <div id={`${id}-meta`} className="step-card__meta" onClick={onOpen}>
        {step.owner && (
          <span className="step-card__owner" title={step.owner}>
            {step.owner}
          </span>
        )}
        {step.dueDate && (
          <span className={overdue ? 'step-card__due is-overdue' : 'step-card__due'}>
            {overdue
              ? t('planSteps.card.overdue', { date: formatDay(step.dueDate, language) })
              : t('planSteps.card.due', { date: formatDay(step.dueDate, language) })}
          </span>
        )}
        {step.effortDays !== null && (
          <span className="step-card__effort">{effortText(t, step.effortDays, language)}</span>
        )}
        {step.cost !== null && step.cost > 0 && <span>{formatMoney(step.cost, language)}</span>}
        {dimension && (
          <span className="step-card__dimension" title={dimension}>
            #{dimension}
          </span>
        )}
        {step.status === 'done' && step.doneDate && (
          <span className="step-card__done">
            {t('planSteps.card.doneOn', { date: formatDay(step.doneDate, language) })}
          </span>
        )}
      </div>
      {tooBig && (
        <div className="step-card__too-big">
          <span>
            <Icon name="alert" size={14} />
            {t('planSteps.tooBig')}
          </span>
          <button
            type="button"
            className="button button--small"
            aria-label={t('planSteps.splitNamed', { title: step.title })}
            onClick={onSplit}
          >
            <Icon name="split" size={14} />
            {t('planSteps.split')}
          </button>
        </div>
      )}
    </li>
  );
}

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step, StepStatus } from '@shared/domain/plans';
import type { WorkshopView } from '@shared/domain/workshop';
import { asApiError } from '../../api';
import { ChoiceGroup, focusChoiceGroup, type Choice } from '../../components/ChoiceGroup';
import { describeError } from '../../errors';
import { formatDay, today } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { showError } from '../../stores/toastStore';
import { useWorkshopStore } from '../../stores/workshopStore';
import { agendaSteps } from './agenda';

const moves: readonly StepStatus[] = ['todo', 'doing', 'done', 'dropped'];

/** Part 1: the open and overdue steps, each moved on with a digit or a click. */
export function StepsStage({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const moveStep = useWorkshopStore((state) => state.moveStep);
  const list = useRef<HTMLUListElement>(null);
  const items = agendaSteps(view, today());
  const review = view.review;
  const choices: Choice<StepStatus>[] = moves.map((status, i) => ({
    value: status,
    short: t(`workshop.status.${status}`),
    label: t(`workshop.status.${status}`),
    digit: i + 1,
  }));

  useEffect(() => {
    focusChoiceGroup(list.current?.querySelector('[role="radiogroup"]'));
  }, []);

  const move = async (step: Step, status: StepStatus) => {
    if (!review) return;
    try {
      await moveStep({ reviewId: review.id, stepId: step.id, status });
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };
  /** What this workshop did to a step: closed it, or moved it on. */
  const linkOf = (stepId: string) => {
    const actions = review?.steps.filter((l) => l.stepId === stepId).map((l) => l.action) ?? [];
    return actions.includes('closed') ? 'closed' : actions.includes('moved') ? 'moved' : null;
  };
  const focusRow = (index: number) =>
    focusChoiceGroup(list.current?.querySelectorAll('[role="radiogroup"]')[index]);

  if (items.length === 0) return <p className="workshop-stage__intro">{t('workshop.steps.none')}</p>;
  return (
    <>
      <p className="workshop-stage__intro">{t('workshop.steps.intro')}</p>
      <ul className="workshop-steps" ref={list} aria-label={t('workshop.steps.listLabel')}>
        {items.map(({ step, overdue }, index) => (
          <AgendaStep
            key={step.id}
            step={step}
            overdue={overdue}
            link={linkOf(step.id)}
            choices={choices}
            onMove={(status) => void move(step, status)}
            onRow={(delta) => focusRow(index + delta)}
          />
        ))}
      </ul>
    </>
  );
}

function AgendaStep({
  step,
  overdue,
  link,
  choices,
  onMove,
  onRow,
}: {
  step: Step;
  overdue: boolean;
  link: 'closed' | 'moved' | null;
  choices: Choice<StepStatus>[];
  onMove: (status: StepStatus) => void;
  onRow: (delta: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  return (
    <li className={overdue ? 'workshop-step workshop-step--overdue' : 'workshop-step'}>
      <div className="workshop-step__text">
        <span className="workshop-step__title" id={titleId}>
          {step.title}
        </span>
        <span className="workshop-step__meta">
          {overdue && (
            <span className="workshop-badge workshop-badge--alert">{t('workshop.steps.overdue')}</span>
          )}
          {link === 'closed' && <span className="workshop-badge">{t('workshop.steps.closedHere')}</span>}
          {link === 'moved' && <span className="workshop-badge">{t('workshop.steps.movedHere')}</span>}
          <span>{step.owner || t('workshop.steps.noOwner')}</span>
          {step.dueDate && (
            <span>{t('workshop.steps.due', { date: formatDay(step.dueDate, language) })}</span>
          )}
        </span>
      </div>
      <ChoiceGroup
        choices={choices}
        value={step.status}
        labelledBy={titleId}
        className="choice-group--status"
        onChange={onMove}
        onRow={onRow}
      />
    </li>
  );
}

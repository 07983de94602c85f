import {
  Fragment,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  boardColumns,
  moveTo,
  neighbourOf,
  nextPlacement,
  placementOf,
  withStepAt,
  type BoardColumns,
  type Direction,
  type Placement,
} from '@shared/calc/board';
import { stepStatuses, type PlanDetail, type Step, type StepStatus } from '@shared/domain/plans';
import type { ModelDetail } from '@shared/domain/models';
import { asApiError } from '../../../api';
import { describeError } from '../../../errors';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { showError } from '../../../stores/toastStore';
import { StepCard } from './StepCard';

const directions: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** A step carried from the keyboard: where it stands now on the board. */
interface Carried {
  id: string;
  placement: Placement;
}

/**
 * The plan's steps in a column per status. Steps move by drag and drop, or from the keyboard: arrows
 * go from card to card, Space picks a card up, arrows carry it, Space or Enter drops it and Escape puts
 * it back. Every move is said in a live region.
 */
export function StepBoard({
  plan,
  model,
  onOpen,
  onSplit,
}: {
  plan: PlanDetail;
  model: ModelDetail;
  onOpen: (step: Step) => void;
  onSplit: (step: Step) => void;
}) {
  const { t } = useTranslation();
  const moveStep = usePlanDetailStore((state) => state.moveStep);
  const columns = useMemo(() => boardColumns(plan.steps), [plan.steps]);
  const [carried, setCarried] = useState<Carried | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<Placement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const cards = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  const hintId = useId();

  const shown = carried ? withStepAt(columns, carried.id, carried.placement) : columns;
  const ordered = stepStatuses.flatMap((status) => shown[status]);
  const tabStop = ordered.find((step) => step.id === focusId)?.id ?? ordered[0]?.id;

  // A card that changes column is a new element: the focus follows it there.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    cards.current.get(id)?.focus();
  });

  const focusCard = (id: string) => {
    setFocusId(id);
    pendingFocus.current = id;
  };
  const titleOf = (id: string) => plan.steps.find((step) => step.id === id)?.title ?? '';
  const place = (placement: Placement, board: BoardColumns<Step>) =>
    t('planSteps.board.place', {
      column: t(`planSteps.columns.${placement.status}`),
      position: placement.index + 1,
      total: board[placement.status].length,
    });

  const commit = async (id: string, placement: Placement) => {
    const move = moveTo(columns, id, placement);
    if (move === null) return false;
    try {
      await moveStep(move);
      return true;
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
      return false;
    }
  };

  const onCardKeyDown = async (step: Step, event: KeyboardEvent) => {
    const direction = directions[event.key];
    const key = event.key;
    if (carried?.id === step.id) {
      if (direction) {
        event.preventDefault();
        const placement = nextPlacement(columns, step.id, carried.placement, direction);
        setCarried({ id: step.id, placement });
        focusCard(step.id);
        setAnnouncement(place(placement, withStepAt(columns, step.id, placement)));
      } else if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        focusCard(step.id);
        const moved = await commit(step.id, carried.placement);
        setCarried(null);
        setAnnouncement(
          moved
            ? t('planSteps.board.dropped', { title: step.title, place: place(carried.placement, shown) })
            : t('planSteps.board.stayed', { title: step.title }),
        );
      } else if (key === 'Escape' || key === 'Tab') {
        if (key === 'Escape') event.preventDefault();
        setCarried(null);
        focusCard(step.id);
        setAnnouncement(t('planSteps.board.cancelled', { title: step.title }));
      }
      return;
    }
    if (direction) {
      event.preventDefault();
      const next = neighbourOf(columns, step.id, direction);
      if (next) focusCard(next.id);
    } else if (key === ' ') {
      event.preventDefault();
      const placement = placementOf(columns, step.id);
      if (!placement) return;
      setCarried({ id: step.id, placement });
      setAnnouncement(t('planSteps.board.pickedUp', { title: step.title, place: place(placement, columns) }));
    } else if (key === 'Enter') {
      event.preventDefault();
      onOpen(step);
    }
  };

  /** Where in a column the pointer is: the index among the column's cards, the dragged one left out. */
  const indexAt = (list: HTMLElement, clientY: number) => {
    const others = Array.from(list.querySelectorAll<HTMLElement>('[data-card]')).filter(
      (element) => element.dataset.card !== dragging,
    );
    const index = others.findIndex((element) => {
      const box = element.getBoundingClientRect();
      return clientY < box.top + box.height / 2;
    });
    return index === -1 ? others.length : index;
  };

  const onDragOver = (status: StepStatus, event: DragEvent<HTMLElement>) => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const list = event.currentTarget.querySelector<HTMLElement>('ol');
    const placement = { status, index: list ? indexAt(list, event.clientY) : 0 };
    if (dropAt?.status !== placement.status || dropAt.index !== placement.index) setDropAt(placement);
  };

  const onDrop = async (status: StepStatus, event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    const id = dragging;
    const placement = dropAt ?? { status, index: columns[status].length };
    setDragging(null);
    setDropAt(null);
    if (id === null) return;
    if (await commit(id, placement)) {
      setAnnouncement(
        t('planSteps.board.dropped', {
          title: titleOf(id),
          place: place(placement, withStepAt(columns, id, placement)),
        }),
      );
    }
  };

  return (
    <div className="board-wrap" role="group" aria-label={t('planSteps.board.label')}>
      <div className={dragging ? 'board is-dragging' : 'board'}>
        {stepStatuses.map((status) => {
          const headingId = `${hintId}-${status}`;
          const steps = shown[status];
          const indicator = dropAt?.status === status ? dropAt.index : null;
          let shownIndex = 0;
          return (
            <section
              key={status}
              className={`board-column board-column--${status}`}
              aria-labelledby={headingId}
              onDragOver={(event) => onDragOver(status, event)}
              onDrop={(event) => void onDrop(status, event)}
            >
              <h3 className="board-column__title">
                <span id={headingId}>{t(`planSteps.columns.${status}`)}</span>
                <span className="board-column__count">{steps.length}</span>
              </h3>
              <ol className="board-column__cards" aria-labelledby={headingId}>
                {steps.map((step) => {
                  // The drop line sits before the card it would go before, the dragged card not counted.
                  const before = step.id !== dragging && indicator === shownIndex;
                  if (step.id !== dragging) shownIndex += 1;
                  return (
                    <Fragment key={step.id}>
                      {before && <li className="drop-indicator" aria-hidden="true" />}
                      <StepCard
                        step={step}
                        plan={plan}
                        model={model}
                        hintId={hintId}
                        tabbable={step.id === tabStop}
                        carried={carried?.id === step.id}
                        dragged={dragging === step.id}
                        cardRef={(element) => {
                          if (element) cards.current.set(step.id, element);
                          else cards.current.delete(step.id);
                        }}
                        onFocus={() => setFocusId(step.id)}
                        onKeyDown={(event) => void onCardKeyDown(step, event)}
                        onOpen={() => onOpen(step)}
                        onSplit={() => onSplit(step)}
                        onDragStart={(event) => {
                          event.dataTransfer.setData('text/plain', step.id);
                          event.dataTransfer.effectAllowed = 'move';
                          setDragging(step.id);
                        }}
                        onDragEnd={() => {
                          setDragging(null);
                          setDropAt(null);
                        }}
                      />
                    </Fragment>
                  );
                })}
                {indicator !== null && indicator >= shownIndex && (
                  <li className="drop-indicator" aria-hidden="true" />
                )}
              </ol>
              {steps.length === 0 && indicator === null && (
                <p className="board-column__empty">{t('planSteps.board.emptyColumn')}</p>
              )}
            </section>
          );
        })}
      </div>
      <p id={hintId} className="keyboard-hint board-hint">
        {t('planSteps.board.hint')}
      </p>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
    </div>
  );
}

import {
  Fragment,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
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
import { stepStatuses } from '@shared/domain/constants';
import type { PlanDetail, Step, StepStatus } from '@shared/domain/plans';
import type { ModelDetail } from '@shared/domain/models';
import { asApiError } from '../../../api';
import { describeError } from '../../../errors';
import { SpacerItem, useVirtualRows, type VirtualRows } from '../../../components/VirtualRows';
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
  // The card being dragged, known from the drag's first event on, before the board draws it as dragged.
  const draggedId = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const cards = useRef(new Map<string, HTMLElement>());
  // Each long column's way to scroll one of its cards into view, so that the keyboard can reach it.
  const scrollers = useRef(new Map<StepStatus, (index: number) => void>());
  const pendingFocus = useRef<string | null>(null);
  const hintId = useId();

  const shown = carried ? withStepAt(columns, carried.id, carried.placement) : columns;
  const ordered = stepStatuses.flatMap((status) => shown[status]);
  const tabStop = ordered.find((step) => step.id === focusId)?.id ?? ordered[0]?.id;

  // A card that changes column is a new element: the focus follows it there. In a long column the card
  // may not be drawn yet: the column scrolls to it, and the focus waits until it is.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const card = cards.current.get(id);
    if (card) {
      pendingFocus.current = null;
      card.focus();
      return;
    }
    const placement = placementOf(shown, id);
    if (placement) scrollers.current.get(placement.status)?.(placement.index);
  });

  const registerScroller = (status: StepStatus, scroll: (index: number) => void) => {
    scrollers.current.set(status, scroll);
    return () => {
      scrollers.current.delete(status);
    };
  };

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

  /**
   * Where in a column the pointer is: the index among the column's cards, the dragged one left out. A
   * long column draws only the cards in view: their `data-index` says where they stand in it.
   */
  const indexAt = (status: StepStatus, id: string, event: DragEvent<HTMLElement>) => {
    const list = event.currentTarget.querySelector<HTMLElement>('ol');
    const steps = columns[status];
    const draggedAt = steps.findIndex((step) => step.id === id);
    const drawn = Array.from(list?.querySelectorAll<HTMLElement>('[data-card]') ?? []).filter(
      (element) => element.dataset.card !== id,
    );
    const below = drawn.find((element) => {
      const box = element.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    const last = drawn.at(-1);
    const index = below ? Number(below.dataset.index) : last ? Number(last.dataset.index) + 1 : steps.length;
    return draggedAt !== -1 && draggedAt < index ? index - 1 : index;
  };

  const onDragOver = (status: StepStatus, event: DragEvent<HTMLElement>) => {
    const id = draggedId.current;
    if (id === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const placement = { status, index: indexAt(status, id, event) };
    if (dropAt?.status !== placement.status || dropAt.index !== placement.index) setDropAt(placement);
  };

  const onDrop = async (status: StepStatus, event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    const id = draggedId.current;
    draggedId.current = null;
    setDragging(null);
    setDropAt(null);
    if (id === null) return;
    const placement = { status, index: indexAt(status, id, event) };
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
        {stepStatuses.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            headingId={`${hintId}-${status}`}
            steps={shown[status]}
            dragging={dragging}
            indicator={dropAt?.status === status ? dropAt.index : null}
            registerScroller={registerScroller}
            onDragOver={(event) => onDragOver(status, event)}
            onDrop={(event) => void onDrop(status, event)}
            card={(step, index, measure) => (
              <StepCard
                key={step.id}
                step={step}
                plan={plan}
                model={model}
                hintId={hintId}
                index={index}
                measure={measure}
                tabbable={step.id === tabStop}
                carried={carried?.id === step.id}
                dragged={dragging === step.id}
                cardRef={(element) => {
                  if (!element) {
                    cards.current.delete(step.id);
                    return;
                  }
                  cards.current.set(step.id, element);
                  // A card the keyboard went to in a long column, drawn now that the column scrolled to it.
                  if (pendingFocus.current === step.id) {
                    pendingFocus.current = null;
                    element.focus();
                  }
                }}
                onFocus={() => setFocusId(step.id)}
                onKeyDown={(event) => void onCardKeyDown(step, event)}
                onOpen={() => onOpen(step)}
                onSplit={() => onSplit(step)}
                onDragStart={(event) => {
                  event.dataTransfer.setData('text/plain', step.id);
                  event.dataTransfer.effectAllowed = 'move';
                  draggedId.current = step.id;
                  setDragging(step.id);
                }}
                onDragEnd={() => {
                  draggedId.current = null;
                  setDragging(null);
                  setDropAt(null);
                }}
              />
            )}
          />
        ))}
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

/**
 * One status's column. A plan of thousands of steps draws only the cards in view (and a few around),
 * the others standing in as space, so that the board stays quick to draw and to scroll.
 */
function BoardColumn({
  status,
  headingId,
  steps,
  dragging,
  indicator,
  registerScroller,
  onDragOver,
  onDrop,
  card,
}: {
  status: StepStatus;
  headingId: string;
  steps: readonly Step[];
  dragging: string | null;
  /** Where a dragged card would drop, among the column's cards without it; null when not over here. */
  indicator: number | null;
  /** Tells the board how to scroll this column to a card; gives what undoes it. */
  registerScroller: (status: StepStatus, scroll: (index: number) => void) => () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
  card: (step: Step, index: number, measure: VirtualRows<HTMLOListElement>['measure']) => ReactNode;
}) {
  const { t } = useTranslation();
  const { attachList, indexes, before, after, measure, scrollToIndex } = useVirtualRows<HTMLOListElement>(
    steps.length,
    96,
    { sideBySide: true },
  );
  useEffect(() => registerScroller(status, scrollToIndex), [registerScroller, status, scrollToIndex]);
  const draggedAt = dragging === null ? -1 : steps.findIndex((step) => step.id === dragging);
  // A card's place among the others once the dragged one is taken out: where the drop line goes.
  const placeOf = (index: number) => (draggedAt !== -1 && draggedAt < index ? index - 1 : index);
  const others = draggedAt === -1 ? steps.length : steps.length - 1;
  const lastDrawn = indexes.at(-1);
  return (
    <section
      className={`board-column board-column--${status}`}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <h3 className="board-column__title">
        <span id={headingId}>{t(`planSteps.columns.${status}`)}</span>
        <span className="board-column__count">{steps.length}</span>
      </h3>
      <ol className="board-column__cards" aria-labelledby={headingId} ref={attachList}>
        <SpacerItem height={before} />
        {indexes.map((index) => {
          const step = steps[index] as Step;
          // The drop line sits before the card it would go before, the dragged card not counted.
          const lineBefore = step.id !== dragging && indicator === placeOf(index);
          return (
            <Fragment key={step.id}>
              {lineBefore && <li className="drop-indicator" aria-hidden="true" />}
              {card(step, index, measure)}
            </Fragment>
          );
        })}
        {indicator !== null &&
          indicator >= others &&
          (steps.length === 0 || lastDrawn === steps.length - 1) && (
            <li className="drop-indicator" aria-hidden="true" />
          )}
        <SpacerItem height={after} />
      </ol>
      {steps.length === 0 && indicator === null && (
        <p className="board-column__empty">{t('planSteps.board.emptyColumn')}</p>
      )}
    </section>
  );
}

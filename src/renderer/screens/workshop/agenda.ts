/** The agenda of a workshop and what each of its parts goes through, read from the workshop's view. */
import { readVotes } from '@shared/calc/votes';
import type { Dimension } from '@shared/domain/models';
import type { Step, Target } from '@shared/domain/plans';
import type { WorkshopView } from '@shared/domain/workshop';
import type { DimensionVotes } from '../../stores/workshopStore';
import { dimensionsByAxis } from '../assess/modelParts';

export const stages = ['steps', 'rate', 'capture', 'decisions', 'summary'] as const;
export type Stage = (typeof stages)[number];

export const stageOf = (param: string | undefined): Stage =>
  stages.find((stage) => stage === param) ?? 'steps';

/** The part before or after `stage`, or null at either end. */
export const stageAfter = (stage: Stage, delta: -1 | 1): Stage | null =>
  stages[stages.indexOf(stage) + delta] ?? null;

const isOpen = (step: Step) => step.status === 'todo' || step.status === 'doing';

/**
 * The steps to go through first: the open ones (to do, doing) and those already moved in this review,
 * by due date so that the overdue come first; steps without a date last. Moving a step does not move it
 * in the list, so that the room keeps its place. Steps added in the review are not on it.
 */
export function agendaSteps(view: WorkshopView, today: string): { step: Step; overdue: boolean }[] {
  const links = view.review?.steps ?? [];
  const linked = (step: Step, actions: readonly string[]) =>
    links.some((link) => link.stepId === step.id && actions.includes(link.action));
  return view.plan.steps
    .filter((step) => (isOpen(step) || linked(step, ['moved', 'closed'])) && !linked(step, ['created']))
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.title.localeCompare(b.title),
    )
    .map((step) => ({ step, overdue: isOpen(step) && step.dueDate !== null && step.dueDate < today }));
}

/** The dimensions to rate: the plan's targeted ones first, then the others, each in the model's order. */
export function dimensionsToRate(view: WorkshopView): {
  targeted: { dimension: Dimension; target: Target }[];
  others: Dimension[];
} {
  const all = dimensionsByAxis(view.model).flatMap(({ dimensions }) => dimensions);
  const targetOf = (dimension: Dimension) => view.plan.targets.find((t) => t.dimensionId === dimension.id);
  return {
    targeted: all.flatMap((dimension) => {
      const target = targetOf(dimension);
      return target ? [{ dimension, target }] : [];
    }),
    others: all.filter((dimension) => !targetOf(dimension)),
  };
}

/**
 * The votes typed for a dimension: each participant's (a level of the scale, else left out as a typo) and
 * those read from a show of hands. `handsReadable` is false when the show of hands cannot be read.
 */
export function votesOf(
  typed: DimensionVotes,
  participants: readonly string[],
  scale: { min: number; max: number },
): { votes: number[]; handsReadable: boolean } {
  const individual = participants.flatMap((name) => {
    const text = typed.byParticipant[name]?.trim() ?? '';
    const level = Number(text);
    return text !== '' && Number.isInteger(level) && level >= scale.min && level <= scale.max ? [level] : [];
  });
  const hands = readVotes(typed.hands, scale);
  return { votes: [...individual, ...(hands ?? [])], handsReadable: hands !== null };
}

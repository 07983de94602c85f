import type { TFunction } from 'i18next';
import { historyEvent } from '@shared/calc/history';
import type { Change } from '@shared/domain/history';
import type { ModelDetail } from '@shared/domain/models';
import type { PlanDetail } from '@shared/domain/plans';
import type { Language } from '@shared/domain/settings';
import { en } from '../../../i18n/en';
import { formatDay, localeOf } from '../../../format';
import { dimensionName } from '../modelText';

type Field = keyof typeof en.fields;
const isField = (name: string): name is Field => Object.hasOwn(en.fields, name);

/** "the owner and the due date": the fields a change touched, in the user's words, lower case. */
function fieldList(t: TFunction, fields: readonly string[], language: Language): string {
  const names = fields.map((field) =>
    (isField(field) ? t(`fields.${field}`) : field).toLocaleLowerCase(localeOf(language)),
  );
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(names);
}

/** One change of the plan's history as a sentence: who did what, naming the step, target or review. */
export function describeChange(
  change: Change,
  context: { t: TFunction; language: Language; plan: PlanDetail; model: ModelDetail },
): string {
  const { t, language, plan, model } = context;
  const who = change.by.trim() || t('planHistory.someone');
  const event = historyEvent(change);
  const status = (value: string) => (value ? t(`planSteps.status.${value as 'todo'}`) : '');
  const dimension = (id: string) => dimensionName(model, id, language) || t('planHistory.deletedDimension');
  const reviewDate = (id: string) => {
    const review = plan.reviews.find((candidate) => candidate.id === id);
    return review ? formatDay(review.date, language) : t('planHistory.deletedReview');
  };
  const stepTitle = (id: string) =>
    plan.steps.find((step) => step.id === id)?.title ?? t('planHistory.deletedStep');
  const fields = (names: readonly string[]) => fieldList(t, names, language);
  const lower = (text: string) => text.toLocaleLowerCase(localeOf(language));

  switch (event.kind) {
    case 'stepCreated':
      return t('planHistory.stepCreated', { who, title: event.title, status: status(event.status) });
    case 'stepMoved':
      return t('planHistory.stepMoved', {
        who,
        title: event.title,
        from: status(event.from),
        to: status(event.to),
      });
    case 'stepReordered':
      return t('planHistory.stepReordered', { who, title: event.title, status: status(event.status) });
    case 'stepEdited':
      return t('planHistory.stepEdited', { who, title: event.title, fields: fields(event.fields) });
    case 'stepDeleted':
      return t('planHistory.stepDeleted', { who, title: event.title });
    case 'targetCreated':
      return t('planHistory.targetCreated', {
        who,
        dimension: dimension(event.dimensionId),
        from: event.baselineLevel,
        to: event.targetLevel,
        date: formatDay(event.targetDate, language),
      });
    case 'targetEdited':
      return t('planHistory.targetEdited', {
        who,
        dimension: dimension(event.dimensionId),
        fields: fields(event.fields),
      });
    case 'targetDeleted':
      return t('planHistory.targetDeleted', { who, dimension: dimension(event.dimensionId) });
    case 'reviewCreated':
    case 'reviewDeleted':
      return t(`planHistory.${event.kind}`, {
        who,
        date: formatDay(event.date, language),
        kind: lower(t(`planReviews.kind.${event.reviewKind}`)),
      });
    case 'reviewEdited':
      return t('planHistory.reviewEdited', {
        who,
        date: formatDay(event.date, language),
        fields: fields(event.fields),
      });
    case 'stepLinked':
      return t('planHistory.stepLinked', {
        who,
        title: stepTitle(event.stepId),
        date: reviewDate(event.reviewId),
        action: lower(t(`planReviews.action.${event.action as 'closed'}`)),
      });
    case 'stepUnlinked':
      return t('planHistory.stepUnlinked', {
        who,
        title: stepTitle(event.stepId),
        date: reviewDate(event.reviewId),
      });
    case 'planCreated':
      return t('planHistory.planCreated', { who, title: event.title });
    case 'planStatus':
      return t('planHistory.planStatus', {
        who,
        from: t(`status.plan.${event.from}`),
        to: t(`status.plan.${event.to}`),
      });
    case 'planEdited':
      return t('planHistory.planEdited', { who, fields: fields(event.fields) });
    case 'other':
      return t('planHistory.other', { who });
  }
}

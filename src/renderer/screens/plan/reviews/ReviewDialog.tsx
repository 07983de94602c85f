import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewKinds, reviewStepActions, stepStatuses } from '@shared/domain/constants';
import type { PlanDetail, ReviewKind, ReviewStepLink, Step } from '@shared/domain/plans';
import { asApiError } from '../../../api';
import { ErrorAlert } from '../../../components/Alert';
import { FormDialog } from '../../../components/FormDialog';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { TextField } from '../../../components/TextField';
import { useSubmit } from '../../../components/useSubmit';
import { describeError } from '../../../errors';
import { today } from '../../../format';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { showSuccess } from '../../../stores/toastStore';

type Action = (typeof reviewStepActions)[number];

/** "Claire Martin, Hugo Bernard; client" → the names, one each. */
const namesOf = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** What a step most likely was in a review of that day: closed if done, created that day, else moved. */
const likelyAction = (step: Step, date: string): Action =>
  step.status === 'done' ? 'closed' : step.createdAt.slice(0, 10) === date ? 'created' : 'moved';

/**
 * Records a review, or edits one: date, kind, participants, notes and decisions. Once recorded, the
 * steps created, moved and closed during it are linked here too.
 */
export function ReviewDialog({
  plan,
  reviewId: initialId,
  onClose,
}: {
  plan: PlanDetail;
  reviewId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const getReview = usePlanDetailStore((state) => state.getReview);
  const createReview = usePlanDetailStore((state) => state.createReview);
  const updateReview = usePlanDetailStore((state) => state.updateReview);
  const [reviewId, setReviewId] = useState(initialId);
  const [loaded, setLoaded] = useState(initialId === null);
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<ReviewKind>('progress');
  const [participants, setParticipants] = useState('');
  const [notes, setNotes] = useState('');
  const [decisions, setDecisions] = useState<string[]>(['']);
  const [links, setLinks] = useState<ReviewStepLink[]>([]);
  const [justRecorded, setJustRecorded] = useState(false);

  const fetchLinks = async (id: string) => setLinks((await getReview(id)).steps);

  const submission = useSubmit(async () => {
    // Until the review is loaded, its fields are not on screen: nothing to save yet.
    if (!loaded) return;
    const fields = {
      date,
      kind,
      participants: namesOf(participants),
      notes,
      decisions: decisions.map((decision) => decision.trim()).filter((decision) => decision !== ''),
    };
    if (reviewId === null) {
      // Recorded, the review stays open so that the steps of the session can be linked to it.
      const review = await createReview({ planId: plan.id, ...fields });
      setReviewId(review.id);
      setJustRecorded(true);
      return;
    }
    await updateReview({ id: reviewId, patch: fields });
    showSuccess(t('planReviews.saved'));
    onClose();
  });
  const { error } = submission;
  const { fail } = error;

  useEffect(() => {
    if (initialId === null) return;
    getReview(initialId).then(
      (review) => {
        setLinks(review.steps);
        setDate(review.date);
        setKind(review.kind);
        setParticipants(review.participants.join(', '));
        setNotes(review.notes);
        setDecisions(review.decisions.length > 0 ? review.decisions : ['']);
        setLoaded(true);
      },
      (caught: unknown) => {
        fail(caught);
        setLoaded(true);
      },
    );
  }, [initialId, getReview, fail]);

  const setDecision = (index: number, text: string) =>
    setDecisions((current) => current.map((decision, i) => (i === index ? text : decision)));

  return (
    <FormDialog
      title={reviewId === null ? t('planReviews.record') : t('planReviews.editTitle')}
      onClose={onClose}
      form={submission}
      submitLabel={reviewId === null ? t('planReviews.recordConfirm') : t('common.save')}
      cancelLabel={justRecorded ? t('common.close') : undefined}
    >
      {justRecorded && (
        <p className="notice notice--success" role="status">
          <Icon name="check" />
          <span>{t('planReviews.recorded')}</span>
        </p>
      )}
      {!loaded ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <div className="form-row">
            <TextField
              label={t('fields.date')}
              type="date"
              value={date}
              onChange={setDate}
              required
              autoFocus
              invalid={error.invalid('date')}
            />
            <Field label={t('fields.kind')} invalid={error.invalid('kind')}>
              {(props) => (
                <select
                  {...props}
                  value={kind}
                  onChange={(event) => setKind(event.target.value as ReviewKind)}
                >
                  {reviewKinds.map((value) => (
                    <option key={value} value={value}>
                      {t(`planReviews.kind.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <TextField
            label={t('fields.participants')}
            value={participants}
            onChange={setParticipants}
            maxLength={2000}
            invalid={error.invalid('participants')}
            hint={t('planReviews.participantsHint')}
            placeholder={t('planReviews.participantsPlaceholder')}
          />
          <TextField
            label={t('fields.notes')}
            value={notes}
            onChange={setNotes}
            multiline
            invalid={error.invalid('notes')}
          />
          <fieldset className="list-editor">
            <legend className="field__label">{t('fields.decisions')}</legend>
            <ol className="list-editor__items">
              {decisions.map((decision, index) => (
                <li key={index} className="list-editor__row">
                  <input
                    type="text"
                    value={decision}
                    maxLength={2000}
                    aria-label={t('planReviews.decisionLabel', { number: index + 1 })}
                    placeholder={t('planReviews.decisionPlaceholder')}
                    onChange={(event) => setDecision(index, event.target.value)}
                  />
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('planReviews.removeDecision', { number: index + 1 })}
                    onClick={() => setDecisions((current) => current.filter((_, i) => i !== index))}
                  >
                    <Icon name="close" />
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button--quiet list-editor__add"
              onClick={() => setDecisions((current) => [...current, ''])}
            >
              <Icon name="plus" />
              {t('planReviews.addDecision')}
            </button>
          </fieldset>
          {reviewId !== null && (
            <ReviewSteps
              plan={plan}
              reviewId={reviewId}
              date={date}
              links={links}
              onChanged={() => void fetchLinks(reviewId)}
            />
          )}
        </>
      )}
    </FormDialog>
  );
}

/** The steps linked to a review, with what happened to each during it; links are added and removed at once. */
function ReviewSteps({
  plan,
  reviewId,
  date,
  links,
  onChanged,
}: {
  plan: PlanDetail;
  reviewId: string;
  date: string;
  links: readonly ReviewStepLink[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const linkStep = usePlanDetailStore((state) => state.linkStep);
  const unlinkStep = usePlanDetailStore((state) => state.unlinkStep);
  const [stepId, setStepId] = useState('');
  const [action, setAction] = useState<Action>('closed');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const titleOf = (linked: string) =>
    plan.steps.find((step) => step.id === linked)?.title ?? t('planReviews.deletedStep');

  const run = async (work: () => Promise<void>) => {
    setProblem(null);
    try {
      await work();
      onChanged();
    } catch (caught) {
      setProblem(describeError(asApiError(caught), t));
    }
  };

  const choose = (value: string) => {
    setStepId(value);
    const step = plan.steps.find((candidate) => candidate.id === value);
    if (step) setAction(likelyAction(step, date));
  };

  return (
    <section className="review-steps" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('planReviews.stepsTitle')}</h3>
      <p className="field__hint">{t('planReviews.stepsHint')}</p>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {links.length > 0 ? (
        <ul className="review-steps__list">
          {links.map((link) => (
            <li key={link.id}>
              <span className={`badge badge--link-${link.action}`}>
                {t(`planReviews.action.${link.action}`)}
              </span>
              <span className="review-steps__title">{titleOf(link.stepId)}</span>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={t('planReviews.unlinkNamed', { title: titleOf(link.stepId) })}
                onClick={() => void run(() => unlinkStep(link.id))}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('planReviews.noLinks')}</p>
      )}
      <div className="review-steps__add">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-step`}>
            {t('planReviews.step')}
          </label>
          <select id={`${id}-step`} value={stepId} onChange={(event) => choose(event.target.value)}>
            <option value="">{t('planReviews.chooseStep')}</option>
            {stepStatuses.map((status) => {
              const steps = plan.steps.filter((step) => step.status === status);
              return (
                steps.length > 0 && (
                  <optgroup key={status} label={t(`planSteps.columns.${status}`)}>
                    {steps.map((step) => (
                      <option key={step.id} value={step.id}>
                        {step.title}
                      </option>
                    ))}
                  </optgroup>
                )
              );
            })}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-action`}>
            {t('planReviews.actionLabel')}
          </label>
          <select
            id={`${id}-action`}
            value={action}
            onChange={(event) => setAction(event.target.value as Action)}
          >
            {reviewStepActions.map((value) => (
              <option key={value} value={value}>
                {t(`planReviews.action.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          aria-disabled={stepId === ''}
          onClick={() => {
            if (stepId === '') return;
            void run(async () => {
              await linkStep({ reviewId, stepId, action });
              setStepId('');
            });
          }}
        >
          <Icon name="link" />
          {t('planReviews.link')}
        </button>
      </div>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { momentum } from '@shared/calc/momentum';
import type { Review } from '@shared/domain/plans';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { formatDay, today } from '../../../format';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { useLanguage } from '../../../stores/settingsStore';
import { showSuccess } from '../../../stores/toastStore';
import type { PlanTabProps } from '../planTabs';
import { ReviewDialog } from './ReviewDialog';

/** The reviews that keep the plan moving, newest first: when, who, what was noted and decided. */
export function ReviewsTab({ plan }: PlanTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deleteReview = usePlanDetailStore((state) => state.deleteReview);
  const reviews = usePlanDetailStore((state) => state.reviews);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Review | null>(null);
  const pace = momentum({
    today: today(),
    plan,
    steps: plan.steps,
    reviewDates: plan.reviews.map((review) => review.date),
  });
  const stepTitle = (id: string) =>
    plan.steps.find((step) => step.id === id)?.title ?? t('planReviews.deletedStep');
  const recordButton = (
    <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
      <Icon name="plus" />
      {t('planReviews.record')}
    </button>
  );

  return (
    <div className="reviews-tab">
      <div className="toolbar">
        {recordButton}
        {pace.nextReviewDue && (
          <span className={pace.reviewOverdue ? 'toolbar__note is-overdue' : 'toolbar__note'}>
            {t(pace.reviewOverdue ? 'planReviews.overdue' : 'planReviews.nextDue', {
              date: formatDay(pace.nextReviewDue, language),
            })}
          </span>
        )}
      </div>
      {reviews.length === 0 ? (
        <EmptyState icon="surveys" level={3} title={t('planReviews.emptyTitle')}>
          {t('planReviews.emptyText')}
        </EmptyState>
      ) : (
        <ol className="review-list">
          {reviews.map((review) => {
            const date = formatDay(review.date, language);
            const headingId = `review-${review.id}`;
            return (
              <li key={review.id}>
                <article className="card review-card" aria-labelledby={headingId}>
                  <header className="review-card__header">
                    <h3 id={headingId}>{date}</h3>
                    <span className={`badge badge--review-${review.kind}`}>
                      {t(`planReviews.kind.${review.kind}`)}
                    </span>
                    <div className="row-actions review-card__actions">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('planReviews.editNamed', { date })}
                        title={t('planReviews.editNamed', { date })}
                        onClick={() => setEditing(review.id)}
                      >
                        <Icon name="edit" />
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        aria-label={t('planReviews.deleteNamed', { date })}
                        title={t('planReviews.deleteNamed', { date })}
                        onClick={() => setDeleting(review)}
                      >
                        <Icon name="trash" />
                      </button>
                    </div>
                  </header>
                  {review.participants.length > 0 && (
                    <p className="review-card__participants">
                      <Icon name="teams" size={16} />
                      <span>{review.participants.join(', ')}</span>
                    </p>
                  )}
                  {review.notes && <p className="review-card__notes">{review.notes}</p>}
                  {(review.decisions.length > 0 || review.steps.length > 0) && (
                    <div className="review-card__columns">
                      {review.decisions.length > 0 && (
                        <div className="review-card__list">
                          <h4>{t('planReviews.decisions')}</h4>
                          <ul>
                            {review.decisions.map((decision, index) => (
                              <li key={index}>{decision}</li>
                            ))}
                          </ul>
                        </div>
                      )}
                      {review.steps.length > 0 && (
                        <div className="review-card__list">
                          <h4>{t('planReviews.stepsTitle')}</h4>
                          <ul className="review-card__steps">
                            {review.steps.map((link) => (
                              <li key={link.id}>
                                <span className={`badge badge--link-${link.action}`}>
                                  {t(`planReviews.action.${link.action}`)}
                                </span>
                                <span>{stepTitle(link.stepId)}</span>
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                    </div>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {editing && (
        <ReviewDialog
          plan={plan}
          reviewId={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('planReviews.deleteTitle', { date: formatDay(deleting.date, language) })}
          confirmLabel={t('common.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await deleteReview(deleting.id);
            showSuccess(t('planReviews.deleted', { date: formatDay(deleting.date, language) }));
          }}
        >
          <p>{t('planReviews.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

import type { PlanReport } from '@shared/domain/reports';
import { formatDay } from '../../format';
import { useReportText } from './reportText';

/** The latest reviews: who met, what they decided; the notes only in the internal copy. */
export function ReportReviews({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const earlier = report.reviewCount - report.reviews.length;
  return (
    <section className="report-section" aria-labelledby="report-reviews">
      <h2 id="report-reviews">{t('report.reviews.title')}</h2>
      {report.reviews.length === 0 && <p className="report-muted">{t('report.reviews.none')}</p>}
      {report.reviews.map((review) => (
        <article key={review.id} className="report-review" aria-labelledby={`review-${review.id}`}>
          <h3 id={`review-${review.id}`}>
            {formatDay(review.date, language)} · {t(`report.reviews.kind.${review.kind}`)}
          </h3>
          {review.participants.length > 0 && (
            <p className="report-small">
              {t('report.reviews.participants', { names: review.participants.join(', ') })}
            </p>
          )}
          <h4>{t('report.reviews.decisions')}</h4>
          {review.decisions.length > 0 ? (
            <ul className="report-decisions">
              {review.decisions.map((decision, i) => (
                <li key={i}>{decision}</li>
              ))}
            </ul>
          ) : (
            <p className="report-muted">{t('report.reviews.noDecision')}</p>
          )}
          {review.notes.trim() && (
            <>
              <h4>{t('report.reviews.notes')}</h4>
              <p className="report-notes">{review.notes}</p>
            </>
          )}
          <p className="report-small report-muted">
            {t('report.reviews.steps', { created: review.stepsCreated, closed: review.stepsClosed })}
          </p>
        </article>
      ))}
      {earlier > 0 && (
        <p className="report-muted report-small">{t('report.reviews.earlier', { count: earlier })}</p>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '@shared/domain/assessments';
import { formatDay } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';

/** The team's past assessments on the model, latest first; the one open in the grid is marked. */
export function AssessmentList({
  assessments,
  openId,
  teamId,
  modelId,
}: {
  assessments: readonly AssessmentDetail[];
  openId: string | undefined;
  teamId: string;
  modelId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="card assess-side__card" aria-labelledby="past-assessments-title">
      <h2 id="past-assessments-title" className="assess-side__title">
        {t('assess.past.title')}
      </h2>
      {assessments.length === 0 ? (
        <p className="muted">{t('assess.past.none')}</p>
      ) : (
        <ul className="assess-past" aria-labelledby="past-assessments-title">
          {assessments.map((assessment) => {
            const date = formatDay(assessment.date, language);
            const current = assessment.id === openId;
            return (
              <li key={assessment.id}>
                <a
                  className={current ? 'assess-past__link is-current' : 'assess-past__link'}
                  href={hashOf('assess', { id: teamId, model: modelId, assessment: assessment.id })}
                  aria-current={current ? 'true' : undefined}
                >
                  <span className="assess-past__date">{date}</span>
                  <span className="assess-past__meta">
                    <span className={`assess-source assess-source--${assessment.source}`}>
                      {t(`assess.sources.${assessment.source}`)}
                    </span>
                    <span className="muted small">
                      {t('assess.past.rated', { count: assessment.scores.length })}
                    </span>
                  </span>
                  {assessment.assessor && (
                    <span className="muted small truncate" title={assessment.assessor}>
                      {assessment.assessor}
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { dimensionHistory } from '@shared/calc/assessmentHistory';
import type { AssessmentDetail } from '@shared/domain/assessments';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import { formatDay, localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { LevelSparkline } from './LevelSparkline';
import { dimensionDescription } from './modelParts';

/** The levels one dimension was given over time: a sparkline and the table of its assessments. */
export function DimensionHistory({
  dimension,
  model,
  assessments,
}: {
  dimension: Dimension;
  model: ModelDetail;
  assessments: readonly AssessmentDetail[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localName(dimension, language);
  const description = dimensionDescription(dimension, language);
  const rows = dimensionHistory(assessments, dimension.id);
  const values = model.levels.map((level) => level.value);
  const points = [...rows].reverse().map(({ date, level }) => ({ date, level }));
  const said = points.map((p) =>
    t('assess.history.point', { level: p.level, date: formatDay(p.date, language) }),
  );

  return (
    <section className="card assess-side__card assess-history-card" aria-labelledby="dimension-history-title">
      <h2 id="dimension-history-title" className="assess-side__title">
        {t('assess.history.title', { name })}
      </h2>
      {description && (
        <p className="muted small clamp-2" title={description}>
          {description}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('assess.history.none')}</p>
      ) : (
        <>
          <LevelSparkline
            points={points}
            minLevel={Math.min(...values)}
            maxLevel={Math.max(...values)}
            label={t('assess.history.sparkline', { name, points: said.join(', ') })}
          />
          <table className="table assess-history" aria-label={t('assess.history.tableLabel', { name })}>
            <thead>
              <tr>
                <th scope="col">{t('assess.history.date')}</th>
                <th scope="col" className="col-number">
                  {t('assess.history.level')}
                </th>
                <th scope="col">{t('assess.history.source')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.assessmentId}>
                  <td className="nowrap">{formatDay(row.date, language)}</td>
                  <td className="col-number">{row.level}</td>
                  <td>
                    <span
                      className={`assess-source assess-source--${row.source}`}
                      title={[t(`assess.sources.${row.source}`), row.assessor].filter(Boolean).join(' · ')}
                    >
                      {t(`assess.sourcesShort.${row.source}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

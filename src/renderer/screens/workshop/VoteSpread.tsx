import { useTranslation } from 'react-i18next';
import type { VoteSpread as Spread } from '@shared/calc/votes';

/**
 * How the votes spread over the scale: a bar per level, as tall as its share of the votes, then the
 * range and whether the room agrees or must discuss before choosing a level.
 */
export function VoteSpread({ spread, levels }: { spread: Spread | null; levels: readonly number[] }) {
  const { t } = useTranslation();
  if (!spread) return <p className="workshop-muted workshop-spread__empty">{t('workshop.rate.noVotes')}</p>;
  const countAt = (level: number) => spread.counts.find((c) => c.level === level)?.votes ?? 0;
  const most = Math.max(...spread.counts.map((c) => c.votes));
  return (
    <div className="workshop-spread">
      <ul className="workshop-spread__bars" aria-label={t('workshop.rate.spreadLabel')}>
        {[...levels]
          .sort((a, b) => a - b)
          .map((level) => {
            const votes = countAt(level);
            return (
              <li key={level}>
                <span className="visually-hidden">
                  {t('workshop.rate.votesAtLevel', { level, count: votes })}
                </span>
                <span className="workshop-spread__count" aria-hidden="true">
                  {votes > 0 ? votes : ''}
                </span>
                <span className="workshop-spread__track" aria-hidden="true">
                  <span
                    className={votes > 0 ? 'workshop-spread__bar' : 'workshop-spread__bar is-empty'}
                    style={{ height: `${(votes / most) * 100}%` }}
                  />
                </span>
                <span className="workshop-spread__level" aria-hidden="true">
                  {level}
                </span>
              </li>
            );
          })}
      </ul>
      <p className="workshop-spread__verdict" role="status">
        <span>
          {t('workshop.rate.spreadSummary', { count: spread.count, min: spread.min, max: spread.max })}
        </span>
        <span
          className={
            spread.consensus ? 'workshop-badge workshop-badge--ok' : 'workshop-badge workshop-badge--alert'
          }
        >
          {spread.consensus
            ? t('workshop.rate.consensus')
            : t('workshop.rate.discuss', { range: spread.range })}
        </span>
      </p>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSatisfaction } from '@shared/domain/surveys';
import { formatDay } from '../format';
import { hashOf } from '../routes';
import { useLanguage } from '../stores/settingsStore';
import { formatGap } from '../screens/survey/surveyWords';
import { Icon } from './Icon';

/**
 * A team's satisfaction beside its maturity: the gap of its latest answered campaign (weighted when the
 * campaign weighs its dimensions) and how it moved since the campaign before.
 */
export function SatisfactionTile({ satisfaction }: { satisfaction: TeamSatisfaction }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const { latest, change } = satisfaction;
  return (
    <section className="card satisfaction-tile" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('satisfactionTile.title')}</h3>
      {latest === null || latest.headline === null ? (
        <>
          <p className="muted">{t('satisfactionTile.none')}</p>
          <a className="link-arrow" href={hashOf('surveys')}>
            {t('satisfactionTile.runSurvey')}
            <Icon name="arrowRight" size={16} />
          </a>
        </>
      ) : (
        <>
          <p
            className={`satisfaction-tile__value ${latest.headline < 0 ? 'satisfaction-tile__value--short' : ''}`}
          >
            {formatGap(latest.headline, language)}
          </p>
          <div className="satisfaction-tile__body">
            <p className="muted small">
              {latest.weighted === null ? t('satisfactionTile.gap') : t('satisfactionTile.weightedGap')}
              {' · '}
              {t('satisfactionTile.campaign', {
                title: latest.title,
                date: formatDay(latest.periodEnd, language),
              })}
            </p>
            <p className="satisfaction-tile__trend">
              {change === null ? (
                t('satisfactionTile.firstCampaign')
              ) : (
                <>
                  <Icon name={change >= 0 ? 'arrowUp' : 'arrowDown'} size={16} />
                  {t(change >= 0 ? 'satisfactionTile.better' : 'satisfactionTile.worse', {
                    change: formatGap(change, language),
                    title: satisfaction.previous?.title ?? '',
                  })}
                </>
              )}
            </p>
          </div>
          <a className="link-arrow" href={hashOf('survey', { id: latest.surveyId, tab: 'results' })}>
            {t('satisfactionTile.seeResults')}
            <Icon name="arrowRight" size={16} />
          </a>
        </>
      )}
    </section>
  );
}

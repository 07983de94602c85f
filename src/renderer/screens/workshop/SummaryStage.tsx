import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '@shared/domain/workshop';
import { Icon } from '../../components/Icon';
import { formatDay } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { showError, showSuccess } from '../../stores/toastStore';
import { stepDetails, summaryMarkdown, summaryOf, summaryText, type SummaryStep } from './summary';

/** The end: the workshop on one page, to copy into an e-mail (text) or a wiki (Markdown). */
export function SummaryStage({ view, onFinish }: { view: WorkshopView; onFinish: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const copyButton = useRef<HTMLButtonElement>(null);
  const summary = summaryOf(view, language, t);

  useEffect(() => {
    copyButton.current?.focus();
  }, []);

  if (!summary) return null;

  const copy = async (format: 'text' | 'markdown') => {
    const content =
      format === 'text' ? summaryText(summary, t, language) : summaryMarkdown(summary, t, language);
    try {
      await navigator.clipboard.writeText(content);
      showSuccess(t(format === 'text' ? 'workshop.summary.copiedText' : 'workshop.summary.copiedMarkdown'));
    } catch {
      showError(t('workshop.summary.copyFailed'));
    }
  };

  const steps = (title: string, list: readonly SummaryStep[], withStatus: boolean) => (
    <section className="workshop-summary__section">
      <h4>
        {title} <span className="workshop-summary__count">{list.length}</span>
      </h4>
      {list.length === 0 ? (
        <p className="workshop-muted">{t('workshop.summary.noSteps')}</p>
      ) : (
        <ul>
          {list.map((step, i) => {
            const details = stepDetails(step, t, language);
            return (
              <li key={`${i}:${step.title}`}>
                {step.title}
                {withStatus && <strong> → {t(`workshop.status.${step.status}`)}</strong>}
                {details && <span className="workshop-muted"> ({details})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <div className="workshop-summary__actions">
        <button
          ref={copyButton}
          type="button"
          className="button button--primary button--large"
          onClick={() => void copy('text')}
        >
          <Icon name="copy" />
          {t('workshop.summary.copyText')}
        </button>
        <button type="button" className="button button--large" onClick={() => void copy('markdown')}>
          <Icon name="copy" />
          {t('workshop.summary.copyMarkdown')}
        </button>
        <button type="button" className="button button--large" onClick={onFinish}>
          {t('workshop.summary.finish')}
        </button>
      </div>
      <article className="workshop-summary" aria-labelledby="workshop-summary-title">
        <h3 id="workshop-summary-title">{t('workshop.summary.heading', { plan: summary.planTitle })}</h3>
        <p className="workshop-muted">
          {summary.team} · {formatDay(summary.date, language)}
        </p>
        <p>
          {summary.participants.length > 0 ? (
            <>
              <strong>{t('workshop.summary.participants')}</strong> {summary.participants.join(', ')}
            </>
          ) : (
            t('workshop.summary.noParticipants')
          )}
        </p>
        <section className="workshop-summary__section">
          <h4>
            {t('workshop.summary.levels')}{' '}
            <span className="workshop-summary__count">{summary.levels.length}</span>
          </h4>
          {summary.levels.length === 0 ? (
            <p className="workshop-muted">{t('workshop.summary.noLevels')}</p>
          ) : (
            <table className="workshop-summary__levels">
              <thead>
                <tr>
                  <th scope="col">{t('workshop.summary.columns.dimension')}</th>
                  <th scope="col">{t('workshop.summary.columns.before')}</th>
                  <th scope="col">{t('workshop.summary.columns.agreed')}</th>
                  <th scope="col">{t('workshop.summary.columns.target')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.levels.map((level) => (
                  <tr key={level.dimension}>
                    <th scope="row">{level.dimension}</th>
                    <td>{level.previous ?? '–'}</td>
                    <td>
                      <strong>{level.agreed}</strong>
                    </td>
                    <td>{level.target ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="workshop-summary__steps">
          {steps(t('workshop.summary.added'), summary.added, false)}
          {steps(t('workshop.summary.moved'), summary.moved, true)}
          {steps(t('workshop.summary.closed'), summary.closed, true)}
        </div>
        <section className="workshop-summary__section">
          <h4>
            {t('workshop.summary.decisions')}{' '}
            <span className="workshop-summary__count">{summary.decisions.length}</span>
          </h4>
          {summary.decisions.length === 0 ? (
            <p className="workshop-muted">{t('workshop.summary.noDecisions')}</p>
          ) : (
            <ol>
              {summary.decisions.map((decision, i) => (
                <li key={`${i}:${decision}`}>{decision}</li>
              ))}
            </ol>
          )}
        </section>
      </article>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '@shared/domain/surveys';
import { asApiError, call } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { formatNumber, localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { describeSurveyError } from './surveyWords';

const totalPoints = 100;

/** The points typed for each dimension: a number, nothing, or something that is not a number. */
const pointsOf = (text: string): number | null | 'invalid' => {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= totalPoints ? value : 'invalid';
};

/** Importance weights: 100 points shared across the dimensions, or none at all. */
export function WeightsCard({ survey }: { survey: SurveyDetail }) {
  // Starts afresh when the weights saved change (a save, an undo).
  const key = survey.dimensions.map((d) => `${d.id}:${d.weight ?? ''}`).join('|');
  return <WeightsForm key={key} survey={survey} />;
}

function WeightsForm({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(survey.dimensions.map((d) => [d.id, d.weight === null ? '' : String(d.weight)])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const points = survey.dimensions.map((d) => pointsOf(texts[d.id] ?? ''));
  const used = points.some((p) => p !== null);
  const total = points.reduce<number>((sum, p) => sum + (typeof p === 'number' ? p : 0), 0);
  const complete = points.every((p) => typeof p === 'number') && Math.abs(total - totalPoints) < 1e-9;
  const saved = survey.dimensions.some((d) => d.weight !== null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || (!used && !saved)) return;
    if (used && !complete) {
      setProblem(
        points.some((p) => p === null || p === 'invalid')
          ? t('survey.weights.eachDimension')
          : t('survey.weights.mustMake100', { total: formatNumber(total, language) }),
      );
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await call('survey.setWeights', {
        surveyId: survey.id,
        weights: used
          ? survey.dimensions.map((d, i) => ({ dimensionId: d.id, weight: points[i] as number }))
          : null,
      });
      showSuccess(used ? t('survey.weights.saved') : t('survey.weights.cleared'));
    } catch (caught) {
      setProblem(describeSurveyError(asApiError(caught), t));
      setBusy(false);
    }
  };

  const shareEqually = () => {
    const share = Math.floor(totalPoints / survey.dimensions.length);
    const rest = totalPoints - share * survey.dimensions.length;
    setTexts(Object.fromEntries(survey.dimensions.map((d, i) => [d.id, String(share + (i < rest ? 1 : 0))])));
  };

  return (
    <form
      className="card weights"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-labelledby="weights-title"
    >
      <div className="weights__intro">
        <h2 id="weights-title">{t('survey.weights.title')}</h2>
        <p className="muted small">{t('survey.weights.hint')}</p>
      </div>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      <div className="weights__fields">
        {survey.dimensions.map((d, i) => (
          <label key={d.id} className="weights__field">
            <span className="weights__name">{localName(d, language)}</span>
            <span className="weights__input">
              <input
                type="text"
                inputMode="decimal"
                value={texts[d.id] ?? ''}
                aria-invalid={
                  points[i] === 'invalid' || (problem !== null && points[i] === null) || undefined
                }
                onChange={(event) => setTexts({ ...texts, [d.id]: event.target.value })}
              />
              <span className="muted small" aria-hidden="true">
                {t('survey.weights.pointsShort')}
              </span>
            </span>
          </label>
        ))}
      </div>
      <div className="weights__footer">
        <p
          className={`weights__total ${used && !complete ? 'weights__total--off' : ''}`}
          role="status"
          aria-live="polite"
        >
          {used
            ? t('survey.weights.total', { total: formatNumber(total, language), of: totalPoints })
            : t('survey.weights.none')}
        </p>
        <div className="weights__actions">
          <button type="button" className="button button--quiet" onClick={shareEqually}>
            {t('survey.weights.shareEqually')}
          </button>
          {used && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setTexts(Object.fromEntries(survey.dimensions.map((d) => [d.id, ''])))}
            >
              {t('survey.weights.clear')}
            </button>
          )}
          <button type="submit" className="button button--primary" aria-disabled={busy || (!used && !saved)}>
            {busy ? t('common.saving') : t('survey.weights.save')}
          </button>
        </div>
      </div>
    </form>
  );
}

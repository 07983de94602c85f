import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { useLanguage } from '../../stores/settingsStore';

/** How far something is on its way, from 0 to 1, as a bar with the percentage beside it. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = t('planPage.percent', { value: formatNumber(value * 100, language, 0) });
  return (
    <div className="step-progress" title={`${label}: ${percent}`}>
      <progress
        className="step-progress__bar"
        value={value}
        max={1}
        aria-label={label}
        aria-valuetext={percent}
      />
      <span className="step-progress__figures" aria-hidden="true">
        {percent}
      </span>
    </div>
  );
}

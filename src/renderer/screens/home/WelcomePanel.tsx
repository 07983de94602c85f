import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Icon, LogoMark } from '../../components/Icon';
import { describeError } from '../../errors';
import { useAppStatusStore } from '../../stores/appStatusStore';
import { showSuccess } from '../../stores/toastStore';
import { TeamDialog } from '../teams/TeamDialog';

/** The first screen on an empty database: what Stepwise is, and two ways to begin. */
export function WelcomePanel() {
  const { t } = useTranslation();
  const loadSampleData = useAppStatusStore((state) => state.loadSampleData);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creatingTeam, setCreatingTeam] = useState(false);

  const loadSample = async () => {
    setBusy(true);
    setError(null);
    try {
      const summary = await loadSampleData();
      showSuccess(t('home.sampleLoaded', { count: summary.teams }));
    } catch (caught) {
      setError(describeError(asApiError(caught), t));
      setBusy(false);
    }
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <LogoMark size={56} />
      <h2 id="welcome-title" className="welcome__title">
        {t('home.welcomeTitle')}
      </h2>
      <p className="welcome__text">{t('home.welcomeLine1')}</p>
      <p className="welcome__text muted">{t('home.welcomeLine2')}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div className="welcome__actions">
        <button
          type="button"
          className="button button--primary button--large"
          aria-disabled={busy}
          aria-busy={busy}
          onClick={() => void (busy ? undefined : loadSample())}
        >
          <Icon name="sample" />
          {busy ? t('home.loadingSample') : t('home.loadSample')}
        </button>
        <button
          type="button"
          className="button button--large"
          disabled={busy}
          onClick={() => setCreatingTeam(true)}
        >
          <Icon name="plus" />
          {t('home.createTeam')}
        </button>
      </div>
      {creatingTeam && <TeamDialog onClose={() => setCreatingTeam(false)} />}
    </section>
  );
}

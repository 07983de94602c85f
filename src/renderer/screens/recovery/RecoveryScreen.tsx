import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preferredLanguage } from '@shared/domain/constants';
import type { RecoverChoice, Recovery } from '@shared/domain/backups';
import { asApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Icon, LogoMark } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { describeError } from '../../errors';
import { formatDateTime, formatFileSize } from '../../format';
import { applyLanguage } from '../../i18n/i18n';
import { useBackupStore } from '../../stores/backupStore';
import { useHealthStore } from '../../stores/healthStore';

/** The user's language lives in the file that could not be opened: the system's stands in for it. */
const systemLanguage = () => preferredLanguage(navigator.languages);

/**
 * Shown instead of the app when its data file was found damaged at startup: what happened, that nothing
 * was deleted, and the two ways on (the latest good backup, or empty data).
 */
export function RecoveryScreen({ onRecovered }: { onRecovered: () => void }) {
  const { t } = useTranslation();
  const status = useHealthStore((state) => state.status);
  const error = useHealthStore((state) => state.error);
  const recovery = useHealthStore((state) => state.health?.recovery ?? null);
  const load = useHealthStore((state) => state.load);

  useEffect(() => {
    void applyLanguage(systemLanguage());
    void load();
  }, [load]);

  return (
    <main className="startup recovery" aria-labelledby="recovery-title">
      <LogoMark size={48} />
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() => (recovery ? <RecoveryChoices recovery={recovery} onRecovered={onRecovered} /> : null)}
      </LoadState>
    </main>
  );
}

function RecoveryChoices({ recovery, onRecovered }: { recovery: Recovery; onRecovered: () => void }) {
  const { t } = useTranslation();
  const language = systemLanguage();
  const recover = useHealthStore((state) => state.recover);
  const openFolder = useBackupStore((state) => state.openFolder);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const backup = recovery.latestBackup;

  const choose = async (choice: RecoverChoice) => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      await recover(choice);
      onRecovered();
    } catch (caught) {
      setRefusal(describeError(asApiError(caught), t));
      setBusy(false);
    }
  };

  const showFolder = async () => {
    try {
      await openFolder();
    } catch (caught) {
      setRefusal(describeError(asApiError(caught), t));
    }
  };

  return (
    <div className="recovery__body">
      <p>{t('recovery.damaged')}</p>
      <p>{t('recovery.keptAside', { file: recovery.keptAs[0] ?? '', folder: recovery.dataFolder })}</p>
      {refusal && <ErrorAlert>{refusal}</ErrorAlert>}
      <div className="card recovery__choice">
        {backup ? (
          <>
            <p>
              {t('recovery.latest', {
                date: formatDateTime(backup.createdAt, language, 'long'),
                kind: t(`backups.kindInSentence.${backup.kind}`),
                size: formatFileSize(backup.sizeBytes, language),
              })}
            </p>
            <div className="recovery__actions">
              <button
                type="button"
                className="button button--primary"
                aria-disabled={busy}
                onClick={() => void choose({ from: 'backup', id: backup.id })}
              >
                <Icon name="restore" />
                {busy ? t('recovery.recovering') : t('recovery.restoreLatest')}
              </button>
              <button
                type="button"
                className="button"
                aria-disabled={busy}
                onClick={() => void choose({ from: 'empty' })}
              >
                {t('recovery.startEmpty')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t('recovery.noBackup')}</p>
            <div className="recovery__actions">
              <button
                type="button"
                className="button button--primary"
                aria-disabled={busy}
                onClick={() => void choose({ from: 'empty' })}
              >
                {busy ? t('recovery.recovering') : t('recovery.startEmpty')}
              </button>
            </div>
          </>
        )}
      </div>
      <button type="button" className="button button--quiet" onClick={() => void showFolder()}>
        <Icon name="folder" />
        {t('backups.openFolder')}
      </button>
      <details className="recovery__details">
        <summary>{t('recovery.details')}</summary>
        <p className="small">{recovery.detail}</p>
      </details>
    </div>
  );
}

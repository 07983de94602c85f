import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api';
import { describeError } from '../errors';
import { followHealth, isReadOnly, useHealthStore } from '../stores/healthStore';
import { showError, showSuccess } from '../stores/toastStore';
import { Icon } from './Icon';

/**
 * Says, above every screen, that the disk filled up and changes are not saved; "Try again" once the user
 * has made room. Nothing shows while changes are saved.
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useHealthStore(isReadOnly);
  const load = useHealthStore((state) => state.load);
  const resumeWriting = useHealthStore((state) => state.resumeWriting);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load();
    return followHealth();
  }, [load]);

  if (!readOnly) return null;

  const retry = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await resumeWriting();
      showSuccess(t('recovery.writable'));
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="read-only-banner" role="alert">
      <Icon name="alert" />
      <p>
        <strong>{t('recovery.readOnlyTitle')}.</strong> {t('recovery.readOnly')}
      </p>
      <button type="button" className="button" aria-disabled={busy} onClick={() => void retry()}>
        {t('app.retry')}
      </button>
    </div>
  );
}

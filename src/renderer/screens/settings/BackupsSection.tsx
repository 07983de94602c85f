import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '@shared/domain/backups';
import { asApiError } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { Truncate } from '../../components/Text';
import { describeError } from '../../errors';
import { formatDateTime, formatFileSize } from '../../format';
import { backupsOf, latestShown, useBackupStore } from '../../stores/backupStore';
import { useLanguage } from '../../stores/settingsStore';
import { showError, showSuccess } from '../../stores/toastStore';

/** The backups of the data: when and why each was taken, and the way back to any of them. */
export function BackupsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useBackupStore((state) => state.status);
  const error = useBackupStore((state) => state.error);
  const folder = useBackupStore((state) => state.list?.folder);
  const backups = useBackupStore(backupsOf);
  const load = useBackupStore((state) => state.load);
  const backUpNow = useBackupStore((state) => state.backUpNow);
  const openFolder = useBackupStore((state) => state.openFolder);
  const restore = useBackupStore((state) => state.restore);
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [restoring, setRestoring] = useState<Backup | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const takeBackup = async () => {
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    try {
      const backup = await backUpNow();
      showSuccess(t('backups.done', { date: formatDateTime(backup.createdAt, language, 'long') }));
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    } finally {
      setBusy(false);
    }
  };

  const showFolder = async () => {
    try {
      await openFolder();
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };

  const shown = showAll ? backups : backups.slice(0, latestShown);

  return (
    <section className="card backups" aria-labelledby="backups-title">
      <div className="backups__header">
        <div className="settings__intro">
          <h2 id="backups-title">{t('backups.title')}</h2>
          <p className="muted">
            {t('backups.intro')} {t('backups.keeps')}
          </p>
        </div>
        <div className="backups__actions">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={() => void takeBackup()}
          >
            <Icon name="database" />
            {busy ? t('backups.backingUp') : t('backups.backUpNow')}
          </button>
          <button type="button" className="button" onClick={() => void showFolder()}>
            <Icon name="folder" />
            {t('backups.openFolder')}
          </button>
        </div>
      </div>
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() =>
          backups.length === 0 ? (
            <p className="backups__none muted">{t('backups.none')}</p>
          ) : (
            <BackupTable backups={shown} onRestore={setRestoring} />
          )
        }
      </LoadState>
      <div className="backups__footer">
        {folder && <Truncate text={t('backups.folder', { folder })} className="muted small" />}
        {backups.length > latestShown && (
          <button type="button" className="button button--quiet" onClick={() => setShowAll(!showAll)}>
            {showAll ? t('backups.showFewer') : t('backups.showAll', { count: backups.length })}
          </button>
        )}
      </div>
      {restoring && (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          confirmLabel={t('backups.restoreConfirm')}
          onClose={() => setRestoring(null)}
          onConfirm={async () => {
            await restore(restoring.id);
            showSuccess(
              t('backups.restored', { date: formatDateTime(restoring.createdAt, language, 'long') }),
            );
          }}
        >
          <p>
            {t('backups.restoreWhat', {
              date: formatDateTime(restoring.createdAt, language, 'long'),
              kind: t(`backups.kindInSentence.${restoring.kind}`),
            })}
          </p>
          <p className="muted">{t('backups.restoreKeep')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function BackupTable({
  backups,
  onRestore,
}: {
  backups: readonly Backup[];
  onRestore: (backup: Backup) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-card backups__table">
      <table className="table" aria-label={t('backups.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('backups.columns.takenAt')}</th>
            <th scope="col">{t('backups.columns.kind')}</th>
            <th scope="col" className="col-number">
              {t('backups.columns.size')}
            </th>
            <th scope="col" className="backups__check">
              {t('backups.columns.check')}
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const date = formatDateTime(backup.createdAt, language);
            return (
              <tr key={backup.id}>
                <th scope="row" className="strong">
                  {date}
                </th>
                <td>{t(`backups.kind.${backup.kind}`)}</td>
                <td className="col-number">{formatFileSize(backup.sizeBytes, language)}</td>
                <td className="backups__check">
                  {backup.verified ? (
                    <span className="backup-check" title={t('backups.checkedHint')}>
                      <Icon name="check" size={16} />
                      {t('backups.checked')}
                    </span>
                  ) : (
                    <span className="backup-check backup-check--failed" title={t('backups.notCheckedHint')}>
                      <Icon name="alert" size={16} />
                      {t('backups.notChecked')}
                    </span>
                  )}
                </td>
                <td className="col-actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('backups.restoreNamed', { date })}
                    onClick={() => onRestore(backup)}
                  >
                    <Icon name="restore" />
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

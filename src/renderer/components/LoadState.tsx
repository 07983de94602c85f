import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { describeError } from '../errors';
import type { LoadStatus } from '../stores/loadable';
import { ErrorAlert } from './Alert';

/**
 * Stands in for a list until it can be shown: a quiet "Loading…" while the first load runs (it is local),
 * the reason and a retry when it failed. Renders the list once every part is ready.
 */
export function LoadState({
  parts,
  onRetry,
  children,
}: {
  parts: { status: LoadStatus; error: ApiError | null }[];
  onRetry: () => void;
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  const failed = parts.find((part) => part.status === 'error')?.error;
  if (failed) {
    return (
      <div className="load-failed">
        <ErrorAlert>{`${t('errors.couldNotLoad')} ${describeError(failed, t)}`}</ErrorAlert>
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (parts.some((part) => part.status !== 'ready')) return <Loading />;
  return <>{children()}</>;
}

/** The quiet "Loading…" that stands in for a list or a screen while it loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

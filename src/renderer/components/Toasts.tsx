import { useTranslation } from 'react-i18next';
import { useToastStore, type Toast } from '../stores/toastStore';
import { Icon } from './Icon';

/** Confirmations and failures of actions taken outside a form; both regions exist before they speak. */
export function Toasts() {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <div className="toasts">
      <div role="status" aria-live="polite" className="toasts__region">
        {toasts
          .filter((toast) => toast.kind === 'success')
          .map((toast) => (
            <ToastMessage key={toast.id} toast={toast} />
          ))}
      </div>
      <div role="alert" aria-live="assertive" className="toasts__region">
        {toasts
          .filter((toast) => toast.kind === 'error')
          .map((toast) => (
            <ToastMessage key={toast.id} toast={toast} />
          ))}
      </div>
    </div>
  );
}

function ToastMessage({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <div className={`toast toast--${toast.kind}`}>
      <Icon name={toast.kind === 'success' ? 'check' : 'alert'} />
      <p>{toast.text}</p>
      <button
        type="button"
        className="icon-button"
        aria-label={t('common.dismiss')}
        onClick={() => dismiss(toast.id)}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

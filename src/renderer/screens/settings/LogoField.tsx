import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../format';
import { useLanguage } from '../../stores/settingsStore';

export const logoTypes = ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'] as const;
export const maxLogoBytes = 500 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('empty'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });

/**
 * The organisation's logo, kept as a data URL so that exports need no file path. Checked here before it
 * is kept, so that the user learns at once why a file does not fit.
 */
export function LogoField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (logo: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const inputId = useId();
  const hintId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, is noticed.
    input.value = '';
    if (!file) return;
    if (!(logoTypes as readonly string[]).includes(file.type)) {
      setProblem(t('settings.logoWrongType'));
      return;
    }
    if (file.size > maxLogoBytes) {
      const size = t('settings.kilobytes', { value: formatNumber(file.size / 1024, language, 0) });
      setProblem(t('settings.logoTooBig', { size }));
      return;
    }
    try {
      onChange(await readAsDataUrl(file));
      setProblem(null);
    } catch {
      setProblem(t('settings.logoUnreadable'));
    }
  };

  return (
    <fieldset className="field logo-field">
      <legend className="field__label">{t('fields.organisationLogo')}</legend>
      <div className="logo-field__row">
        <div className="logo-field__preview">
          {value ? (
            <img src={value} alt={t('settings.logoPreview')} />
          ) : (
            <span className="muted small">{t('settings.noLogo')}</span>
          )}
        </div>
        <div className="logo-field__actions">
          <input
            id={inputId}
            className="file-input"
            type="file"
            accept={logoTypes.join(',')}
            aria-describedby={hintId}
            onChange={(event) => void choose(event)}
          />
          <label htmlFor={inputId} className="button">
            <Icon name="upload" />
            {value ? t('settings.replaceLogo') : t('settings.chooseLogo')}
          </label>
          {value && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                onChange(null);
                setProblem(null);
              }}
            >
              {t('settings.removeLogo')}
            </button>
          )}
        </div>
      </div>
      <p className="field__hint" id={hintId}>
        {t('settings.logoHint')}
      </p>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
    </fieldset>
  );
}

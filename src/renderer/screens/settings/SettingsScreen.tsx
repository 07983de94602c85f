import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Settings } from '@shared/domain/settings';
import { asApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { useFormError } from '../../components/useFormError';
import { describeError } from '../../errors';
import { languageOf, useSettingsStore } from '../../stores/settingsStore';
import { showError, showSuccess } from '../../stores/toastStore';
import { useBackupStore } from '../../stores/backupStore';
import { BackupsSection } from './BackupsSection';
import { LogoField } from './LogoField';

const languageChoices: { value: Language; label: 'settings.english' | 'settings.french' }[] = [
  { value: 'en', label: 'settings.english' },
  { value: 'fr', label: 'settings.french' },
];

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSettingsStore((state) => state.settings);
  // A restore brings back other settings: the form starts again from them.
  const restores = useBackupStore((state) => state.restores);
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="settings">
        <LanguageSection />
        {/* The app shows this screen only once settings are loaded. */}
        {settings && <SettingsForm key={restores} settings={settings} />}
        <BackupsSection />
      </div>
    </>
  );
}

/** The language applies as soon as it is chosen: no save, no restart. */
function LanguageSection() {
  const { t } = useTranslation();
  const language = useSettingsStore(languageOf);
  const update = useSettingsStore((state) => state.update);

  const choose = async (value: Language) => {
    try {
      await update({ language: value });
      showSuccess(t('settings.languageSaved'));
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };

  return (
    <section className="card settings__section" aria-labelledby="language-title">
      <div className="settings__intro">
        <h2 id="language-title">{t('settings.languageTitle')}</h2>
        <p className="muted">{t('settings.languageHint')}</p>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('fields.language')}</legend>
        {languageChoices.map(({ value, label }) => (
          <label key={value} className="segmented__option" lang={value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={language === value}
              onChange={() => void choose(value)}
            />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsStore((state) => state.update);
  const [userName, setUserName] = useState(settings.userName);
  const [organisationName, setOrganisationName] = useState(settings.organisationName);
  const [organisationLogo, setOrganisationLogo] = useState(settings.organisationLogo);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const error = useFormError();

  const edited =
    userName !== settings.userName ||
    organisationName !== settings.organisationName ||
    organisationLogo !== settings.organisationLogo;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    setSaved(false);
    error.clear();
    try {
      const stored = await update({ userName, organisationName, organisationLogo });
      setUserName(stored.userName);
      setOrganisationName(stored.organisationName);
      setSaved(true);
    } catch (caught) {
      error.fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSaved(false);
    };

  return (
    <form className="settings__form" onSubmit={(event) => void submit(event)} noValidate>
      <section className="card settings__section" aria-labelledby="you-title">
        <div className="settings__intro">
          <h2 id="you-title">{t('settings.youTitle')}</h2>
          <p className="muted">{t('settings.userNameHint')}</p>
        </div>
        <Field label={t('fields.userName')} invalid={error.invalid('userName')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={userName}
              maxLength={200}
              autoComplete="name"
              placeholder={t('settings.userNamePlaceholder')}
              onChange={(event) => edit(setUserName)(event.target.value)}
            />
          )}
        </Field>
      </section>
      <section className="card settings__section" aria-labelledby="organisation-title">
        <div className="settings__intro">
          <h2 id="organisation-title">{t('settings.organisationTitle')}</h2>
          <p className="muted">{t('settings.organisationHint')}</p>
        </div>
        <div className="settings__fields">
          <Field label={t('fields.organisationName')} invalid={error.invalid('organisationName')}>
            {(props) => (
              <input
                {...props}
                type="text"
                value={organisationName}
                maxLength={200}
                autoComplete="organization"
                placeholder={t('settings.organisationPlaceholder')}
                onChange={(event) => edit(setOrganisationName)(event.target.value)}
              />
            )}
          </Field>
          <LogoField value={organisationLogo} onChange={edit(setOrganisationLogo)} />
        </div>
      </section>
      {error.message && <ErrorAlert>{error.message}</ErrorAlert>}
      <div className="settings__footer">
        <p className="settings__saved" role="status">
          {saved && !edited && (
            <>
              <Icon name="check" />
              {t('settings.saved')}
            </>
          )}
        </p>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('common.saving') : t('settings.saveSettings')}
        </button>
      </div>
    </form>
  );
}

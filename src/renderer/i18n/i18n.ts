import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/domain/settings';
import { en } from './en';
import { fr } from './fr';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** The app's one i18next instance: resources are bundled, so it is ready as soon as this module loads. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
  initAsync: false,
  // React escapes what it renders; escaping here too would show `&amp;` in names.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

/** Switches the whole app to a language, `<html lang>` included, so screen readers switch voice too. */
export async function applyLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/settings';

/** The report's own language, chosen for the export: it may differ from the app's. */
export const ReportLanguage = createContext<Language>('en');

/** The words and the language of the report being printed. */
export function useReportText() {
  const language = useContext(ReportLanguage);
  const { t } = useTranslation(undefined, { lng: language });
  return { t, language };
}

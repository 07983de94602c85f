import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The campaign screen draws charts: its code loads when it is first opened, not with the app.
const SurveyScreen = lazy(() =>
  import('./SurveyScreen').then((module) => ({ default: module.SurveyScreen })),
);

/** `#/survey/<surveyId>`: one satisfaction campaign. */
export function SurveyRoute() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="loading" aria-busy="true">
          {t('common.loading')}
        </p>
      }
    >
      <SurveyScreen />
    </Suspense>
  );
}

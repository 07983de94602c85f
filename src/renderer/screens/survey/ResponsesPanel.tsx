import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsePreview } from '@shared/domain/surveyImport';
import type { SurveyDetail } from '@shared/domain/surveys';
import { asApiError } from '../../api';
import { Icon } from '../../components/Icon';
import { useSurveyPageStore } from '../../stores/surveyPageStore';
import { showError } from '../../stores/toastStore';
import { ImportResponsesDialog } from './ImportResponsesDialog';
import { ResponseGrid } from './ResponseGrid';
import { describeSurveyError } from './surveyWords';

/** The responses: typed in the grid, or imported from a survey tool's export. */
export function ResponsesPanel({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  const previewImport = useSurveyPageStore((state) => state.previewImport);
  const [opening, setOpening] = useState(false);
  const [preview, setPreview] = useState<ResponsePreview | null>(null);

  const chooseFile = async () => {
    if (opening) return;
    setOpening(true);
    try {
      const result = await previewImport();
      if (!result.cancelled) setPreview(result);
    } catch (caught) {
      showError(describeSurveyError(asApiError(caught), t));
    } finally {
      setOpening(false);
    }
  };

  return (
    <div className="responses">
      <div className="toolbar">
        <p className="toolbar__note">{t('survey.responsesHint', { count: survey.responses.length })}</p>
        <button type="button" className="button" aria-disabled={opening} onClick={() => void chooseFile()}>
          <Icon name="upload" />
          {opening ? t('survey.import.opening') : t('survey.import.choose')}
        </button>
      </div>
      {survey.items.length === 0 ? (
        <p className="muted">{t('survey.noItemsYet')}</p>
      ) : (
        <ResponseGrid survey={survey} />
      )}
      {preview && (
        <ImportResponsesDialog survey={survey} preview={preview} onClose={() => setPreview(null)} />
      )}
    </div>
  );
}

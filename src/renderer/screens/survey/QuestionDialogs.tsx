import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail, SurveyDimension, SurveyItem } from '@shared/domain/surveys';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { SaveForm } from './SaveForm';

/** A quality dimension's name, in English and French. */
export function DimensionDialog({
  surveyId,
  dimension,
  onClose,
}: {
  surveyId: string;
  dimension: SurveyDimension | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(dimension?.name ?? '');
  const [nameFr, setNameFr] = useState(dimension?.nameFr ?? '');
  return (
    <SaveForm
      title={dimension ? t('survey.editDimension') : t('survey.addDimension')}
      onClose={onClose}
      save={() =>
        dimension
          ? call('surveyDimension.update', { id: dimension.id, patch: { name, nameFr } })
          : call('surveyDimension.create', { surveyId, name, nameFr })
      }
    >
      {(invalid) => (
        <>
          <Field label={t('survey.dimensionName')} required invalid={invalid('name')}>
            {(props) => (
              <input
                {...props}
                data-autofocus
                type="text"
                maxLength={200}
                value={name}
                placeholder={t('survey.dimensionPlaceholder')}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('survey.dimensionNameFr')}
            invalid={invalid('nameFr')}
            hint={t('survey.frenchHint')}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                lang="fr"
                maxLength={200}
                value={nameFr}
                onChange={(event) => setNameFr(event.target.value)}
              />
            )}
          </Field>
        </>
      )}
    </SaveForm>
  );
}

/** An item: its wording in English and French, and the dimension it belongs to. */
export function ItemDialog({
  survey,
  item,
  dimensionId: initialDimension,
  onClose,
}: {
  survey: SurveyDetail;
  item: SurveyItem | null;
  dimensionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [dimensionId, setDimensionId] = useState(initialDimension);
  const [text, setText] = useState(item?.text ?? '');
  const [textFr, setTextFr] = useState(item?.textFr ?? '');
  return (
    <SaveForm
      title={item ? t('survey.editItem') : t('survey.addItem')}
      onClose={onClose}
      save={() =>
        item
          ? call('surveyItem.update', { id: item.id, patch: { dimensionId, text, textFr } })
          : call('surveyItem.create', { surveyId: survey.id, dimensionId, text, textFr })
      }
    >
      {(invalid) => (
        <>
          <Field label={t('survey.dimension')} required invalid={invalid('dimensionId')}>
            {(props) => (
              <select {...props} value={dimensionId} onChange={(event) => setDimensionId(event.target.value)}>
                {survey.dimensions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {localName(d, language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('survey.itemText')} required invalid={invalid('text')}>
            {(props) => (
              <textarea
                {...props}
                data-autofocus
                rows={3}
                maxLength={1000}
                value={text}
                placeholder={t('survey.itemPlaceholder')}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('survey.itemTextFr')} invalid={invalid('textFr')} hint={t('survey.frenchHint')}>
            {(props) => (
              <textarea
                {...props}
                lang="fr"
                rows={3}
                maxLength={1000}
                value={textFr}
                onChange={(event) => setTextFr(event.target.value)}
              />
            )}
          </Field>
        </>
      )}
    </SaveForm>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyStatuses } from '@shared/domain/constants';
import type { Survey } from '@shared/domain/surveys';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { showSuccess } from '../../stores/toastStore';
import { SaveForm } from './SaveForm';

const scaleBounds = Array.from({ length: 11 }, (_, i) => i);

/** The campaign's title, period, scale and status. */
export function SurveyDetailsDialog({ survey, onClose }: { survey: Survey; onClose: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    title: survey.title,
    periodStart: survey.periodStart,
    periodEnd: survey.periodEnd,
    scaleMin: survey.scaleMin,
    scaleMax: survey.scaleMax,
    status: survey.status,
  });
  const set = (patch: Partial<typeof fields>) => setFields({ ...fields, ...patch });
  const save = async () => {
    const saved = await call('survey.update', { id: survey.id, patch: fields });
    showSuccess(t('survey.detailsSaved', { title: saved.title }));
  };

  return (
    <SaveForm title={t('survey.editDetails')} onClose={onClose} save={save}>
      {(invalid) => (
        <>
          <Field label={t('fields.title')} required invalid={invalid('title')}>
            {(props) => (
              <input
                {...props}
                data-autofocus
                type="text"
                maxLength={200}
                value={fields.title}
                onChange={(event) => set({ title: event.target.value })}
              />
            )}
          </Field>
          <div className="form-row">
            <Field label={t('fields.periodStart')} required invalid={invalid('periodStart')}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={fields.periodStart}
                  onChange={(event) => set({ periodStart: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('fields.periodEnd')} required invalid={invalid('periodEnd')}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  min={fields.periodStart}
                  value={fields.periodEnd}
                  onChange={(event) => set({ periodEnd: event.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="form-row">
            <Field label={t('survey.scaleMin')} invalid={invalid('scaleMin')}>
              {(props) => (
                <select
                  {...props}
                  value={fields.scaleMin}
                  onChange={(event) => set({ scaleMin: Number(event.target.value) })}
                >
                  {scaleBounds.slice(0, -1).map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('survey.scaleMax')} invalid={invalid('scaleMax')} hint={t('survey.scaleHint')}>
              {(props) => (
                <select
                  {...props}
                  value={fields.scaleMax}
                  onChange={(event) => set({ scaleMax: Number(event.target.value) })}
                >
                  {scaleBounds.slice(1).map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field label={t('fields.status')}>
            {(props) => (
              <select
                {...props}
                value={fields.status}
                onChange={(event) => set({ status: event.target.value as Survey['status'] })}
              >
                {surveyStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.survey.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
    </SaveForm>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormError } from '../../components/useFormError';
import { today } from '../../format';
import { addDays } from '@shared/dates';
import { useSurveyStore } from '../../stores/surveyStore';
import { showSuccess } from '../../stores/toastStore';
import { activeTeams, useTeamStore } from '../../stores/teamStore';
import { teamAndClient } from '../../i18n/labels';

/** How long a campaign usually stays open for answers. */
const defaultCampaignDays = 30;

/** Starts a satisfaction campaign for a team from the SERVQUAL template. */
export function NewSurveyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const teams = activeTeams(useTeamStore((state) => state.teams));
  const createFromTemplate = useSurveyStore((state) => state.createFromTemplate);
  const [teamId, setTeamId] = useState(teams.length === 1 ? (teams[0]?.id ?? '') : '');
  const [title, setTitle] = useState('');
  const [periodStart, setPeriodStart] = useState(today);
  const [periodEnd, setPeriodEnd] = useState(() => addDays(today(), defaultCampaignDays));
  const [busy, setBusy] = useState(false);
  const error = useFormError();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    error.clear();
    try {
      const survey = await createFromTemplate({ teamId, title, periodStart, periodEnd });
      showSuccess(t('surveys.created', { title: survey.title }));
      onClose();
    } catch (caught) {
      error.fail(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('surveys.newSurvey')} onClose={onClose}>
      <form className="dialog__body form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">{t('surveys.templateHint')}</p>
        {error.message && <ErrorAlert>{error.message}</ErrorAlert>}
        <Field label={t('fields.teamId')} required invalid={error.invalid('teamId')}>
          {(props) => (
            <select
              {...props}
              data-autofocus
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
            >
              <option value="" disabled>
                {t('plans.chooseTeam')}
              </option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {teamAndClient(t, team.name, team.client)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.title')} required invalid={error.invalid('title')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={title}
              maxLength={200}
              placeholder={t('surveys.titlePlaceholder')}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <div className="form-row">
          <Field label={t('fields.periodStart')} required invalid={error.invalid('periodStart')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={periodStart}
                onChange={(event) => setPeriodStart(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('fields.periodEnd')} required invalid={error.invalid('periodEnd')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={periodEnd}
                min={periodStart}
                onChange={(event) => setPeriodEnd(event.target.value)}
              />
            )}
          </Field>
        </div>
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {busy ? t('common.saving') : t('surveys.create')}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

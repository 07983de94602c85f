import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useForm } from '../../components/useForm';
import { today } from '../../format';
import { addDays } from '@shared/dates';
import { useSurveyStore } from '../../stores/surveyStore';
import { showSuccess } from '../../stores/toastStore';
import { activeTeams, useTeamStore } from '../../stores/teamStore';
import { TeamField } from '../teams/TeamField';

/** How long a campaign usually stays open for answers. */
const defaultCampaignDays = 30;

/** Starts a satisfaction campaign for a team from the SERVQUAL template. */
export function NewSurveyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const teams = activeTeams(useTeamStore((state) => state.teams));
  const createFromTemplate = useSurveyStore((state) => state.createFromTemplate);
  const form = useForm(
    {
      teamId: teams.length === 1 ? (teams[0]?.id ?? '') : '',
      title: '',
      periodStart: today(),
      periodEnd: addDays(today(), defaultCampaignDays),
    },
    async (fields) => {
      const survey = await createFromTemplate(fields);
      showSuccess(t('surveys.created', { title: survey.title }));
      onClose();
    },
  );

  return (
    <FormDialog
      title={t('surveys.newSurvey')}
      onClose={onClose}
      form={form}
      submitLabel={t('surveys.create')}
    >
      <p className="muted">{t('surveys.templateHint')}</p>
      <TeamField field={form.field('teamId')} teams={teams} autoFocus />
      <TextField {...form.field('title')} required placeholder={t('surveys.titlePlaceholder')} />
      <div className="form-row">
        <TextField {...form.field('periodStart')} type="date" required />
        <TextField {...form.field('periodEnd')} type="date" min={form.values.periodStart} required />
      </div>
    </FormDialog>
  );
}

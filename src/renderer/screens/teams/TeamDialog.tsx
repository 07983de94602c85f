import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/domain/teams';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useForm } from '../../components/useForm';
import { showSuccess } from '../../stores/toastStore';
import { useTeamStore } from '../../stores/teamStore';

/** Colours that read well as swatches and chart series; any other can be picked. */
export const teamColours = [
  { key: 'blue', value: '#2f6fdf' },
  { key: 'teal', value: '#0f9d8a' },
  { key: 'green', value: '#3f9b4b' },
  { key: 'amber', value: '#c98d0c' },
  { key: 'orange', value: '#e0703a' },
  { key: 'red', value: '#d14b58' },
  { key: 'purple', value: '#7b5cd6' },
  { key: 'slate', value: '#5b6b82' },
] as const;

/** Creates a team, or edits one when given. */
export function TeamDialog({
  team,
  onClose,
  onSaved,
}: {
  team?: Team;
  onClose: () => void;
  onSaved?: (team: Team) => void;
}) {
  const { t } = useTranslation();
  const create = useTeamStore((state) => state.create);
  const update = useTeamStore((state) => state.update);
  const form = useForm(
    {
      name: team?.name ?? '',
      client: team?.client ?? '',
      serviceScope: team?.serviceScope ?? '',
      colour: team?.colour ?? teamColours[0].value,
    },
    async (fields) => {
      const saved = team ? await update(team.id, fields) : await create(fields);
      showSuccess(t(team ? 'teams.saved' : 'teams.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
  );
  const colour = form.values.colour;
  const setColour = form.set('colour');

  return (
    <FormDialog
      title={team ? t('teams.editTeam') : t('teams.newTeam')}
      onClose={onClose}
      form={form}
      submitLabel={team ? t('common.save') : t('teams.create')}
    >
      <TextField {...form.field('name')} required autoFocus placeholder={t('teams.namePlaceholder')} />
      <TextField {...form.field('client')} placeholder={t('teams.clientPlaceholder')} />
      <TextField {...form.field('serviceScope')} placeholder={t('teams.scopePlaceholder')} />
      <fieldset className="field colour-field">
        <legend className="field__label">{t('fields.colour')}</legend>
        <div className="colour-field__choices">
          <div className="colour-field__presets" role="group" aria-label={t('teams.presetColours')}>
            {teamColours.map(({ key, value }) => (
              <button
                key={key}
                type="button"
                className="colour-choice"
                style={{ backgroundColor: value }}
                aria-label={t(`teams.colourNames.${key}`)}
                aria-pressed={colour.toLowerCase() === value}
                onClick={() => setColour(value)}
              />
            ))}
          </div>
          <label className="colour-field__custom">
            <input type="color" value={colour} onChange={(event) => setColour(event.target.value)} />
            <span>{t('teams.customColour')}</span>
          </label>
        </div>
        <p className="field__hint">{t('teams.colourHint')}</p>
      </fieldset>
    </FormDialog>
  );
}

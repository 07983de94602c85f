import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/domain/teams';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormError } from '../../components/useFormError';
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
  const [name, setName] = useState(team?.name ?? '');
  const [client, setClient] = useState(team?.client ?? '');
  const [serviceScope, setServiceScope] = useState(team?.serviceScope ?? '');
  const [colour, setColour] = useState(team?.colour ?? teamColours[0].value);
  const [busy, setBusy] = useState(false);
  const error = useFormError();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    error.clear();
    try {
      const fields = { name, client, serviceScope, colour };
      const saved = team ? await update(team.id, fields) : await create(fields);
      showSuccess(t(team ? 'teams.saved' : 'teams.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    } catch (caught) {
      error.fail(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog title={team ? t('teams.editTeam') : t('teams.newTeam')} onClose={onClose}>
      <form className="dialog__body form" onSubmit={(event) => void submit(event)} noValidate>
        {error.message && <ErrorAlert>{error.message}</ErrorAlert>}
        <Field label={t('fields.name')} required invalid={error.invalid('name')}>
          {(props) => (
            <input
              {...props}
              data-autofocus
              type="text"
              value={name}
              maxLength={200}
              placeholder={t('teams.namePlaceholder')}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('fields.client')} invalid={error.invalid('client')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={client}
              maxLength={200}
              placeholder={t('teams.clientPlaceholder')}
              onChange={(event) => setClient(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('fields.serviceScope')} invalid={error.invalid('serviceScope')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={serviceScope}
              maxLength={200}
              placeholder={t('teams.scopePlaceholder')}
              onChange={(event) => setServiceScope(event.target.value)}
            />
          )}
        </Field>
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
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {busy ? t('common.saving') : team ? t('common.save') : t('teams.create')}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/domain/teams';
import { Field } from '../../components/Field';
import type { FormFieldProps } from '../../components/useForm';
import { teamAndClient } from '../../i18n/labels';

/** A form's choice of one of `teams`, each named with its client; none is chosen until the user picks one. */
export function TeamField({
  field,
  teams,
  autoFocus = false,
}: {
  field: FormFieldProps;
  teams: readonly Team[];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field label={field.label} required invalid={field.invalid}>
      {(props) => (
        <select
          {...props}
          data-autofocus={autoFocus || undefined}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
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
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { FormFieldProps } from '../../components/useForm';

type Wording = 'name' | 'label' | 'description';
const frenchOf = { name: 'nameFr', label: 'labelFr', description: 'descriptionFr' } as const;

/**
 * A wording a model ships in both languages: the field, and beside it (below, for a description) the
 * French one, which Stepwise in French shows when it is filled in.
 */
export function BilingualField<W extends Wording>({
  form,
  field,
  required = false,
  autoFocus = false,
  placeholder,
}: {
  // A method, so that a form with other fields besides these two fits.
  form: { field(name: NoInfer<W | (typeof frenchOf)[W]>): FormFieldProps };
  field: W;
  required?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const multiline = field === 'description';
  const fields = (
    <>
      <TextField
        {...form.field(field)}
        multiline={multiline}
        rows={2}
        required={required}
        autoFocus={autoFocus}
        placeholder={placeholder}
      />
      <TextField
        {...form.field(frenchOf[field])}
        multiline={multiline}
        rows={2}
        hint={multiline ? undefined : t('models.frenchHint')}
      />
    </>
  );
  return multiline ? fields : <div className="form-row">{fields}</div>;
}

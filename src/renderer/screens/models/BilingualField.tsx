import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

type Field = 'name' | 'label' | 'description';
const frenchOf = { name: 'nameFr', label: 'labelFr', description: 'descriptionFr' } as const;

/**
 * A wording a model ships in both languages: the field, and beside it (below, for a description) the
 * French one, which Stepwise in French shows when it is filled in.
 */
export function BilingualField({
  field,
  value,
  valueFr,
  onChange,
  onChangeFr,
  invalid,
  required = false,
  autoFocus = false,
  placeholder,
}: {
  field: Field;
  value: string;
  valueFr: string;
  onChange: (value: string) => void;
  onChangeFr: (value: string) => void;
  invalid: (field: string) => boolean;
  required?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const french = frenchOf[field];
  const multiline = field === 'description';
  const fields = (
    <>
      <TextField
        label={t(`fields.${field}`)}
        value={value}
        onChange={onChange}
        multiline={multiline}
        rows={2}
        required={required}
        autoFocus={autoFocus}
        invalid={invalid(field)}
        placeholder={placeholder}
      />
      <TextField
        label={t(`fields.${french}`)}
        value={valueFr}
        onChange={onChangeFr}
        multiline={multiline}
        rows={2}
        invalid={invalid(french)}
        hint={multiline ? undefined : t('models.frenchHint')}
      />
    </>
  );
  return multiline ? fields : <div className="form-row">{fields}</div>;
}

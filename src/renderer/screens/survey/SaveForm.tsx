import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { useSubmit } from '../../components/useSubmit';
import { describeSurveyError } from './surveyWords';

/**
 * A survey dialog's form that saves once: the refusal in the survey's own words where it has some (an
 * answer outside the scale, weights that do not add up), the field at fault marked.
 */
export function SaveForm({
  title,
  onClose,
  save,
  children,
}: {
  title: string;
  onClose: () => void;
  save: () => Promise<unknown>;
  children: (invalid: (field: string) => boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useSubmit(
    async () => {
      await save();
      onClose();
    },
    (error) => setRefusal(describeSurveyError(error, t)),
  );
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      form={form}
      message={form.error.message && refusal}
      submitLabel={t('common.save')}
    >
      {children(form.error.invalid)}
    </FormDialog>
  );
}

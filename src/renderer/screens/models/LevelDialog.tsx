import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail, ModelLevel } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { TextField, numberOrNull } from '../../components/TextField';
import { useForm } from '../../components/useForm';
import { useModelDetailStore } from '../../stores/modelDetailStore';
import { showSuccess } from '../../stores/toastStore';
import { BilingualField } from './BilingualField';

/** Adds a level to a model's scale, or edits one: its value, label and meaning, in both languages. */
export function LevelDialog({
  model,
  level,
  onClose,
}: {
  model: ModelDetail;
  level?: ModelLevel | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const createLevel = useModelDetailStore((state) => state.createLevel);
  const updateLevel = useModelDetailStore((state) => state.updateLevel);
  const nextValue = model.levels.length === 0 ? 0 : Math.max(...model.levels.map((l) => l.value)) + 1;
  // The core refuses a value already on the scale as a conflict: say which.
  const [valueTaken, setValueTaken] = useState(false);

  const form = useForm(
    {
      value: String(level?.value ?? Math.min(nextValue, 10)),
      label: level?.label ?? '',
      labelFr: level?.labelFr ?? '',
      description: level?.description ?? '',
      descriptionFr: level?.descriptionFr ?? '',
    },
    async ({ value, ...wording }) => {
      setValueTaken(false);
      const fields = { value: numberOrNull(value) ?? Number.NaN, ...wording };
      if (level) await updateLevel({ id: level.id, patch: fields });
      else await createLevel({ modelId: model.id, ...fields });
      showSuccess(t(level ? 'models.levelSaved' : 'models.levelAdded', { label: wording.label }));
      onClose();
    },
    (refusal) => setValueTaken(refusal.code === 'conflict'),
  );
  const value = form.field('value');

  return (
    <FormDialog
      title={level ? t('models.editLevel') : t('models.addLevel')}
      onClose={onClose}
      form={form}
      message={valueTaken ? t('models.levelValueTaken') : form.error.message}
      submitLabel={level ? t('common.save') : t('models.addLevel')}
    >
      <TextField
        {...value}
        type="number"
        min="0"
        max="10"
        step="1"
        required
        invalid={valueTaken || value.invalid}
        hint={t('models.valueHint')}
        className="field--narrow"
      />
      <BilingualField
        form={form}
        field="label"
        required
        autoFocus
        placeholder={t('models.labelPlaceholder')}
      />
      <BilingualField form={form} field="description" placeholder={t('models.levelDescriptionPlaceholder')} />
    </FormDialog>
  );
}

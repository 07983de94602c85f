import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail, ModelLevel } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { TextField, numberOrNull } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
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
  const [value, setValue] = useState(String(level?.value ?? Math.min(nextValue, 10)));
  const [label, setLabel] = useState(level?.label ?? '');
  const [labelFr, setLabelFr] = useState(level?.labelFr ?? '');
  const [description, setDescription] = useState(level?.description ?? '');
  const [descriptionFr, setDescriptionFr] = useState(level?.descriptionFr ?? '');
  // The core refuses a value already on the scale as a conflict: say which.
  const [valueTaken, setValueTaken] = useState(false);

  const { busy, error, submit } = useSubmit(
    async () => {
      setValueTaken(false);
      const fields = { value: numberOrNull(value) ?? Number.NaN, label, labelFr, description, descriptionFr };
      if (level) await updateLevel({ id: level.id, patch: fields });
      else await createLevel({ modelId: model.id, ...fields });
      showSuccess(t(level ? 'models.levelSaved' : 'models.levelAdded', { label }));
      onClose();
    },
    (refusal) => setValueTaken(refusal.code === 'conflict'),
  );
  const message = valueTaken ? t('models.levelValueTaken') : error.message;

  return (
    <FormDialog
      title={level ? t('models.editLevel') : t('models.addLevel')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      busy={busy}
      message={message}
      submitLabel={level ? t('common.save') : t('models.addLevel')}
    >
      <TextField
        label={t('fields.value')}
        type="number"
        value={value}
        onChange={setValue}
        min="0"
        max="10"
        step="1"
        required
        invalid={valueTaken || error.invalid('value')}
        hint={t('models.valueHint')}
        className="field--narrow"
      />
      <BilingualField
        field="label"
        value={label}
        valueFr={labelFr}
        onChange={setLabel}
        onChangeFr={setLabelFr}
        invalid={error.invalid}
        required
        autoFocus
        placeholder={t('models.labelPlaceholder')}
      />
      <BilingualField
        field="description"
        value={description}
        valueFr={descriptionFr}
        onChange={setDescription}
        onChangeFr={setDescriptionFr}
        invalid={error.invalid}
        placeholder={t('models.levelDescriptionPlaceholder')}
      />
    </FormDialog>
  );
}

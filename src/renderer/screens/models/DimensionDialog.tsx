import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { positionAt } from '@shared/calc/order';
import { uniqueKey } from '@shared/keys';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';
import { useForm } from '../../components/useForm';
import { localName } from '../../format';
import { useModelDetailStore } from '../../stores/modelDetailStore';
import { useLanguage } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { BilingualField } from './BilingualField';

/**
 * Adds a dimension to an axis, or edits one: names and descriptions in both languages, its axis, and
 * its key, the `#tag` quick capture knows it by (made from the name until typed in).
 */
export function DimensionDialog({
  model,
  axisId,
  dimension,
  onClose,
}: {
  model: ModelDetail;
  axisId: string;
  dimension?: Dimension | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const createDimension = useModelDetailStore((state) => state.createDimension);
  const updateDimension = useModelDetailStore((state) => state.updateDimension);
  const [typedKey, setTypedKey] = useState(dimension?.key ?? null);
  const [keyTaken, setKeyTaken] = useState(false);
  const otherKeys = model.dimensions.filter((d) => d.id !== dimension?.id).map((d) => d.key);
  const keyOf = (name: string) => typedKey ?? uniqueKey(name, otherKeys, 'dimension');

  const form = useForm(
    {
      name: dimension?.name ?? '',
      nameFr: dimension?.nameFr ?? '',
      axisId: dimension?.axisId ?? axisId,
      description: dimension?.description ?? '',
      descriptionFr: dimension?.descriptionFr ?? '',
    },
    async ({ axisId: chosenAxisId, ...wording }) => {
      setKeyTaken(false);
      const fields = { ...wording, key: keyOf(wording.name) };
      if (dimension) {
        // Moved to another axis, it goes at the end of that axis.
        const others = model.dimensions.filter((d) => d.axisId === chosenAxisId).map((d) => d.position);
        const position =
          chosenAxisId === dimension.axisId ? {} : { position: positionAt(others, others.length) };
        await updateDimension({ id: dimension.id, patch: { ...fields, axisId: chosenAxisId, ...position } });
      } else {
        await createDimension({ modelId: model.id, axisId: chosenAxisId, ...fields });
      }
      showSuccess(t(dimension ? 'models.dimensionSaved' : 'models.dimensionAdded', { name: wording.name }));
      onClose();
    },
    (refusal) => setKeyTaken(refusal.code === 'conflict'),
  );
  const key = keyOf(form.values.name);
  const axis = form.field('axisId');

  return (
    <FormDialog
      title={dimension ? t('models.editDimension') : t('models.addDimension')}
      onClose={onClose}
      form={form}
      message={keyTaken ? t('models.keyTaken', { key }) : form.error.message}
      submitLabel={dimension ? t('common.save') : t('models.addDimension')}
    >
      <BilingualField
        form={form}
        field="name"
        required
        autoFocus
        placeholder={t('models.dimensionPlaceholder')}
      />
      <div className="form-row">
        <Field label={axis.label} invalid={axis.invalid}>
          {(props) => (
            <select {...props} value={axis.value} onChange={(event) => axis.onChange(event.target.value)}>
              {model.axes.map((option) => (
                <option key={option.id} value={option.id}>
                  {localName(option, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('fields.key')}
          value={key}
          onChange={(value) => setTypedKey(value.toLowerCase())}
          required
          invalid={keyTaken || form.error.invalid('key')}
          hint={t('models.keyHint', { key })}
          maxLength={80}
        />
      </div>
      <BilingualField
        form={form}
        field="description"
        placeholder={t('models.dimensionDescriptionPlaceholder')}
      />
    </FormDialog>
  );
}

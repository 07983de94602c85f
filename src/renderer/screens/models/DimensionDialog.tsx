import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { positionAt } from '@shared/calc/order';
import { uniqueKey } from '@shared/keys';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
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
  axisId: initialAxisId,
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
  const [name, setName] = useState(dimension?.name ?? '');
  const [nameFr, setNameFr] = useState(dimension?.nameFr ?? '');
  const [axisId, setAxisId] = useState(dimension?.axisId ?? initialAxisId);
  const [typedKey, setTypedKey] = useState(dimension?.key ?? null);
  const [description, setDescription] = useState(dimension?.description ?? '');
  const [descriptionFr, setDescriptionFr] = useState(dimension?.descriptionFr ?? '');
  const [keyTaken, setKeyTaken] = useState(false);
  const otherKeys = model.dimensions.filter((d) => d.id !== dimension?.id).map((d) => d.key);
  const key = typedKey ?? uniqueKey(name, otherKeys, 'dimension');

  const { busy, error, submit } = useSubmit(
    async () => {
      setKeyTaken(false);
      const fields = { name, nameFr, key, description, descriptionFr };
      if (dimension) {
        // Moved to another axis, it goes at the end of that axis.
        const others = model.dimensions.filter((d) => d.axisId === axisId).map((d) => d.position);
        const position = axisId === dimension.axisId ? {} : { position: positionAt(others, others.length) };
        await updateDimension({ id: dimension.id, patch: { ...fields, axisId, ...position } });
      } else {
        await createDimension({ modelId: model.id, axisId, ...fields });
      }
      showSuccess(t(dimension ? 'models.dimensionSaved' : 'models.dimensionAdded', { name }));
      onClose();
    },
    (refusal) => setKeyTaken(refusal.code === 'conflict'),
  );
  const message = keyTaken ? t('models.keyTaken', { key }) : error.message;

  return (
    <FormDialog
      title={dimension ? t('models.editDimension') : t('models.addDimension')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      busy={busy}
      message={message}
      submitLabel={dimension ? t('common.save') : t('models.addDimension')}
    >
      <BilingualField
        field="name"
        value={name}
        valueFr={nameFr}
        onChange={setName}
        onChangeFr={setNameFr}
        invalid={error.invalid}
        required
        autoFocus
        placeholder={t('models.dimensionPlaceholder')}
      />
      <div className="form-row">
        <Field label={t('fields.axisId')} invalid={error.invalid('axisId')}>
          {(props) => (
            <select {...props} value={axisId} onChange={(event) => setAxisId(event.target.value)}>
              {model.axes.map((axis) => (
                <option key={axis.id} value={axis.id}>
                  {localName(axis, language)}
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
          invalid={keyTaken || error.invalid('key')}
          hint={t('models.keyHint', { key })}
          maxLength={80}
        />
      </div>
      <BilingualField
        field="description"
        value={description}
        valueFr={descriptionFr}
        onChange={setDescription}
        onChangeFr={setDescriptionFr}
        invalid={error.invalid}
        placeholder={t('models.dimensionDescriptionPlaceholder')}
      />
    </FormDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uniqueKey } from '@shared/keys';
import type { ModelAxis, ModelDetail } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { useSubmit } from '../../components/useSubmit';
import { useModelDetailStore } from '../../stores/modelDetailStore';
import { showSuccess } from '../../stores/toastStore';
import { BilingualField } from './BilingualField';

/** Adds an axis to a model (after the others), or renames one. */
export function AxisDialog({
  model,
  axis,
  onClose,
}: {
  model: ModelDetail;
  axis?: ModelAxis | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const createAxis = useModelDetailStore((state) => state.createAxis);
  const updateAxis = useModelDetailStore((state) => state.updateAxis);
  const [name, setName] = useState(axis?.name ?? '');
  const [nameFr, setNameFr] = useState(axis?.nameFr ?? '');

  const { busy, error, submit } = useSubmit(async () => {
    if (axis) {
      await updateAxis({ id: axis.id, patch: { name, nameFr } });
    } else {
      const taken = model.axes.map((a) => a.key);
      await createAxis({ modelId: model.id, key: uniqueKey(name, taken, 'axis'), name, nameFr });
    }
    showSuccess(t(axis ? 'models.axisSaved' : 'models.axisAdded', { name }));
    onClose();
  });

  return (
    <FormDialog
      title={axis ? t('models.renameAxis') : t('models.addAxis')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      busy={busy}
      message={error.message}
      submitLabel={axis ? t('common.save') : t('models.addAxis')}
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
        placeholder={t('models.axisPlaceholder')}
      />
    </FormDialog>
  );
}

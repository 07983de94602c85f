import { useTranslation } from 'react-i18next';
import { uniqueKey } from '@shared/keys';
import type { ModelAxis, ModelDetail } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { useForm } from '../../components/useForm';
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

  const form = useForm({ name: axis?.name ?? '', nameFr: axis?.nameFr ?? '' }, async (names) => {
    if (axis) {
      await updateAxis({ id: axis.id, patch: names });
    } else {
      const taken = model.axes.map((a) => a.key);
      await createAxis({ modelId: model.id, key: uniqueKey(names.name, taken, 'axis'), ...names });
    }
    showSuccess(t(axis ? 'models.axisSaved' : 'models.axisAdded', { name: names.name }));
    onClose();
  });

  return (
    <FormDialog
      title={axis ? t('models.renameAxis') : t('models.addAxis')}
      onClose={onClose}
      form={form}
      submitLabel={axis ? t('common.save') : t('models.addAxis')}
    >
      <BilingualField form={form} field="name" required autoFocus placeholder={t('models.axisPlaceholder')} />
    </FormDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { useForm } from '../../components/useForm';
import { useModelDetailStore } from '../../stores/modelDetailStore';
import { useModelStore } from '../../stores/modelStore';
import { useRouteStore } from '../../stores/routeStore';
import { showSuccess } from '../../stores/toastStore';
import { BilingualField } from './BilingualField';

/** Creates a model of the organisation's own, or edits the name and description of one. */
export function ModelDialog({ model, onClose }: { model?: ModelDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const models = useModelStore((state) => state.models);
  const create = useModelStore((state) => state.create);
  const copyScale = useModelStore((state) => state.copyScale);
  const updateModel = useModelDetailStore((state) => state.updateModel);
  const navigate = useRouteStore((state) => state.navigate);
  // The key points model's 0 to 5 scale suits most organisations: a new model starts with it.
  const scaleSource = models.find((m) => m.builtinKey === 'msp');
  const [withScale, setWithScale] = useState(scaleSource !== undefined);

  const form = useForm(
    {
      name: model?.name ?? '',
      nameFr: model?.nameFr ?? '',
      description: model?.description ?? '',
      descriptionFr: model?.descriptionFr ?? '',
    },
    async (fields) => {
      if (model) {
        await updateModel({ id: model.id, patch: fields });
        showSuccess(t('models.saved', { name: fields.name }));
        onClose();
        return;
      }
      const created = await create(fields);
      if (withScale && scaleSource) await copyScale(scaleSource.id, created.id);
      showSuccess(t('models.created', { name: created.name }));
      onClose();
      navigate('models', { id: created.id });
    },
  );

  return (
    <FormDialog
      title={model ? t('models.editModel') : t('models.newModel')}
      onClose={onClose}
      form={form}
      submitLabel={model ? t('common.save') : t('models.create')}
    >
      <BilingualField form={form} field="name" required autoFocus placeholder={t('models.namePlaceholder')} />
      <BilingualField form={form} field="description" placeholder={t('models.descriptionPlaceholder')} />
      {!model && scaleSource && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={withScale}
            onChange={(event) => setWithScale(event.target.checked)}
          />
          <span>{t('models.startWithScale')}</span>
        </label>
      )}
    </FormDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaturityModel } from '@shared/domain/models';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { localName } from '../../format';
import { useModelStore } from '../../stores/modelStore';
import { useRouteStore } from '../../stores/routeStore';
import { useLanguage } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';

/** Copies a model (its scale, axes and dimensions) into one of the organisation's own, to adapt it. */
export function CopyModelDialog({ model, onClose }: { model: MaturityModel; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const copy = useModelStore((state) => state.copy);
  const navigate = useRouteStore((state) => state.navigate);
  const source = localName(model, language);
  const [name, setName] = useState(() => t('models.copyName', { name: source }));

  const submission = useSubmit(async () => {
    const created = await copy(model.id, name);
    showSuccess(t('models.copied', { name: created.name }));
    onClose();
    navigate('models', { id: created.id });
  });
  const { error } = submission;

  return (
    <FormDialog
      title={t('models.copyTitle', { name: source })}
      onClose={onClose}
      form={submission}
      submitLabel={t('models.copyConfirm')}
      size="small"
    >
      <p>{t('models.copyText')}</p>
      <TextField
        label={t('models.copyNameLabel')}
        value={name}
        onChange={setName}
        required
        autoFocus
        invalid={error.invalid('name')}
      />
    </FormDialog>
  );
}

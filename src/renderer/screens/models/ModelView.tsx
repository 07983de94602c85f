import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail } from '@shared/domain/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { localName } from '../../format';
import { isBuiltin, useModelDetailStore } from '../../stores/modelDetailStore';
import { useModelStore } from '../../stores/modelStore';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { AxesEditor } from './AxesEditor';
import { CopyModelDialog } from './CopyModelDialog';
import { LevelScale } from './LevelScale';
import { ModelDialog } from './ModelDialog';

/** One maturity model: its scale, axes and dimensions; editable unless it is built in. */
export function ModelView({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const model = useModelDetailStore((state) => state.model);
  const status = useModelDetailStore((state) => state.status);
  const error = useModelDetailStore((state) => state.error);
  const open = useModelDetailStore((state) => state.open);
  const load = useModelDetailStore((state) => state.load);

  useEffect(() => {
    void open(modelId);
  }, [open, modelId]);

  if (error?.code === 'not-found') {
    return (
      <>
        <BackLink />
        <PageHeader title={t('models.notFoundTitle')} />
        <EmptyState icon="models" title={t('models.notFoundTitle')}>
          {t('models.notFoundText')}
        </EmptyState>
      </>
    );
  }
  return (
    <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
      {() => model && <ModelContent model={model} />}
    </LoadState>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hashOf('models')}>
      <Icon name="arrowLeft" size={16} />
      {t('models.allModels')}
    </a>
  );
}

function ModelContent({ model }: { model: ModelDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const remove = useModelStore((state) => state.remove);
  const navigate = useRouteStore((state) => state.navigate);
  const [dialog, setDialog] = useState<'copy' | 'edit' | 'delete' | null>(null);
  const builtin = isBuiltin(model);
  const name = localName(model, language);
  const description = localName({ name: model.description, nameFr: model.descriptionFr }, language);
  const live = model.dimensions.filter((dimension) => !dimension.retired).length;

  const subtitle = [
    builtin ? t('models.builtinModel') : t('models.ownModel'),
    t('models.levelCount', { count: model.levels.length }),
    t('models.dimensionCount', {
      count: live,
      axes: t('models.axisCount', { count: model.axes.length }),
    }),
  ].join(' · ');

  const actions = builtin ? (
    <button type="button" className="button button--primary" onClick={() => setDialog('copy')}>
      <Icon name="copy" />
      {t('models.copyToAdapt')}
    </button>
  ) : (
    <>
      <button type="button" className="button" onClick={() => setDialog('edit')}>
        <Icon name="edit" />
        {t('models.editDetails')}
      </button>
      <button type="button" className="button" onClick={() => setDialog('copy')}>
        <Icon name="copy" />
        {t('models.copy')}
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger icon-button--framed"
        aria-label={t('models.deleteModel')}
        title={t('models.deleteModel')}
        onClick={() => setDialog('delete')}
      >
        <Icon name="trash" />
      </button>
    </>
  );

  return (
    <>
      <BackLink />
      <PageHeader title={name} subtitle={subtitle} actions={actions} />
      {builtin && (
        <p className="notice">
          <Icon name="info" />
          <span>{t('models.builtinNotice')}</span>
        </p>
      )}
      {description && <p className="model-description">{description}</p>}
      <LevelScale model={model} editable={!builtin} />
      <AxesEditor model={model} editable={!builtin} />
      {dialog === 'copy' && <CopyModelDialog model={model} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <ModelDialog model={model} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('models.deleteTitle', { name })}
          confirmLabel={t('models.deleteModel')}
          onClose={() => setDialog(null)}
          explain={(error) => (error.code === 'conflict' ? t('models.modelInUse') : undefined)}
          onConfirm={async () => {
            await remove(model.id);
            showSuccess(t('models.deleted', { name }));
            navigate('models');
          }}
        >
          <p>{t('models.deleteText', { count: live })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

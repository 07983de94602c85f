import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '@shared/domain/models';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber, localName } from '../../format';
import { builtinModels, useModelStore, userModels } from '../../stores/modelStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { CopyModelDialog } from './CopyModelDialog';
import { ModelDialog } from './ModelDialog';

/** The maturity models: the built-in reference ones, then the organisation's own. */
export function ModelList() {
  const { t } = useTranslation();
  const models = useModelStore((state) => state.models);
  const status = useModelStore((state) => state.status);
  const error = useModelStore((state) => state.error);
  const load = useModelStore((state) => state.load);
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<ModelSummary | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const newModelButton = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <Icon name="plus" />
      {t('models.newModel')}
    </button>
  );
  const own = userModels(models);

  return (
    <>
      <PageHeader title={t('models.title')} subtitle={t('models.subtitle')} actions={newModelButton} />
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() => (
          <>
            <section aria-labelledby="builtin-models-title">
              <div className="section__header">
                <h2 id="builtin-models-title">{t('models.builtinTitle')}</h2>
              </div>
              <ModelTable
                models={builtinModels(models)}
                label={t('models.builtinTitle')}
                onCopy={setCopying}
              />
            </section>
            <section className="section" aria-labelledby="own-models-title">
              <div className="section__header">
                <h2 id="own-models-title">{t('models.ownTitle')}</h2>
              </div>
              {own.length > 0 ? (
                <ModelTable models={own} label={t('models.ownTitle')} onCopy={setCopying} />
              ) : (
                <EmptyState
                  icon="models"
                  level={3}
                  title={t('models.ownEmptyTitle')}
                  actions={newModelButton}
                >
                  {t('models.ownEmptyText')}
                </EmptyState>
              )}
            </section>
          </>
        )}
      </LoadState>
      {creating && <ModelDialog onClose={() => setCreating(false)} />}
      {copying && <CopyModelDialog model={copying} onClose={() => setCopying(null)} />}
    </>
  );
}

function ModelTable({
  models,
  label,
  onCopy,
}: {
  models: readonly ModelSummary[];
  label: string;
  onCopy: (model: ModelSummary) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-card">
      <table className="table table--in-main" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('models.columns.model')}</th>
            <th scope="col" className="col-count">
              {t('models.columns.dimensions')}
            </th>
            <th scope="col" className="col-count">
              {t('models.columns.levels')}
            </th>
            <th scope="col" className="col-count">
              {t('models.columns.plans')}
            </th>
            <th scope="col" className="col-copy">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => {
            const name = localName(model, language);
            const description = localName({ name: model.description, nameFr: model.descriptionFr }, language);
            return (
              <tr key={model.id}>
                <th scope="row">
                  <div className="stacked">
                    <a href={hashOf('models', { id: model.id })} className="strong clamp-2">
                      {name}
                    </a>
                    {description && (
                      <span className="muted small clamp-2" title={description}>
                        {description}
                      </span>
                    )}
                  </div>
                </th>
                <td className="col-count">{formatNumber(model.dimensionCount, language)}</td>
                <td className="col-count">{formatNumber(model.levelCount, language)}</td>
                <td className="col-count">{formatNumber(model.planCount, language)}</td>
                <td className="col-copy">
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('models.copyNamed', { name })}
                    onClick={() => onCopy(model)}
                  >
                    <Icon name="copy" />
                    {t('models.copy')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail, ModelLevel } from '@shared/domain/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { localName } from '../../format';
import { useModelDetailStore } from '../../stores/modelDetailStore';
import { useLanguage } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { LevelDialog } from './LevelDialog';

/** The scale dimensions are rated on: each level's value, label and what it means. */
export function LevelScale({ model, editable }: { model: ModelDetail; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deleteLevel = useModelDetailStore((state) => state.deleteLevel);
  const [editing, setEditing] = useState<ModelLevel | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ModelLevel | null>(null);
  const label = (level: ModelLevel) => localName({ name: level.label, nameFr: level.labelFr }, language);

  const addButton = editable && (
    <button type="button" className="button" onClick={() => setEditing('new')}>
      <Icon name="plus" />
      {t('models.addLevel')}
    </button>
  );

  return (
    <section className="section" aria-labelledby="level-scale-title">
      <div className="section__header">
        <h2 id="level-scale-title">{t('models.levelsTitle')}</h2>
        {addButton}
      </div>
      {model.levels.length === 0 ? (
        <EmptyState icon="models" level={3} title={t('models.noLevelsTitle')}>
          {t('models.noLevelsText')}
        </EmptyState>
      ) : (
        <div className="table-card">
          <table className="table table--in-main" aria-label={t('models.levelsTitle')}>
            <thead>
              <tr>
                <th scope="col" className="col-level">
                  {t('models.columns.level')}
                </th>
                <th scope="col" className="col-label">
                  {t('models.columns.label')}
                </th>
                <th scope="col">{t('models.columns.meaning')}</th>
                {editable && (
                  <th scope="col" className="col-actions">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {model.levels.map((level) => (
                <tr key={level.id}>
                  <td className="col-level">
                    <span className="level-value">{level.value}</span>
                  </td>
                  <th scope="row" className="col-label strong">
                    {label(level)}
                  </th>
                  <td className="muted">
                    {localName({ name: level.description, nameFr: level.descriptionFr }, language)}
                  </td>
                  {editable && (
                    <td className="col-actions">
                      <div className="row-actions">
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={t('models.editLevelNamed', { label: label(level) })}
                          onClick={() => setEditing(level)}
                        >
                          <Icon name="edit" />
                        </button>
                        <button
                          type="button"
                          className="icon-button icon-button--danger"
                          aria-label={t('models.deleteLevelNamed', { label: label(level) })}
                          onClick={() => setDeleting(level)}
                        >
                          <Icon name="trash" />
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <LevelDialog
          model={model}
          level={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('models.deleteLevelTitle', { value: deleting.value, label: label(deleting) })}
          confirmLabel={t('models.deleteLevel')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await deleteLevel(deleting.id);
            showSuccess(t('models.levelDeleted', { label: label(deleting) }));
          }}
        >
          <p>{t('models.deleteLevelText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

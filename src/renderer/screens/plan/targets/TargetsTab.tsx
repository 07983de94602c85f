import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetsByAxis } from '@shared/calc/targets';
import type { Dimension } from '@shared/domain/models';
import type { Target } from '@shared/domain/plans';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { formatDay, localName } from '../../../format';
import { hashOf } from '../../../routes';
import { useLanguage } from '../../../stores/settingsStore';
import { levelName } from '../modelText';
import type { PlanTabProps } from '../planTabs';
import { ProgressBar } from '../ProgressBar';
import { TargetDialog } from './TargetDialog';

/**
 * Where each dimension of the plan's model must get to: baseline, target level and date, beside the
 * level the team is at now and how far it has come. Dimensions without a target show on request.
 */
export function TargetsTab({ plan, model }: PlanTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [showAll, setShowAll] = useState(plan.targets.length === 0);
  const [editing, setEditing] = useState<{ dimension: Dimension; target: Target | null } | null>(null);
  const groups = targetsByAxis(model, plan.targets, plan.currentLevels)
    .map((group) => ({ ...group, rows: group.rows.filter((row) => showAll || row.target !== null) }))
    .filter((group) => group.rows.length > 0);

  if (model.levels.length < 2) {
    return (
      <EmptyState
        icon="models"
        title={t('planTargets.noScaleTitle')}
        actions={
          <a className="button" href={hashOf('models', { id: model.id })}>
            {t('planTargets.openModel')}
          </a>
        }
      >
        {t('planTargets.noScaleText')}
      </EmptyState>
    );
  }

  return (
    <div className="targets-tab">
      <div className="toolbar">
        <label className="switch">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
          <span className="switch__track" aria-hidden="true" />
          <span>{t('planTargets.showAll')}</span>
        </label>
        <span className="toolbar__note">
          {t('planTargets.count', {
            count: plan.targets.length,
            dimensions: t('planTargets.dimensionCount', {
              count: model.dimensions.filter((d) => !d.retired).length,
            }),
          })}
        </span>
      </div>
      {groups.length === 0 ? (
        <EmptyState
          icon="plans"
          title={t('planTargets.emptyTitle')}
          actions={
            <button type="button" className="button button--primary" onClick={() => setShowAll(true)}>
              {t('planTargets.chooseDimension')}
            </button>
          }
        >
          {t('planTargets.emptyText')}
        </EmptyState>
      ) : (
        <div className="table-card">
          <table className="table table--in-main targets-table" aria-label={t('planTargets.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('planTargets.columns.dimension')}</th>
                <th scope="col" className="col-current">
                  {t('planTargets.columns.current')}
                </th>
                <th scope="col" className="col-levels">
                  {t('planTargets.columns.target')}
                </th>
                <th scope="col" className="col-date">
                  {t('planTargets.columns.date')}
                </th>
                <th scope="col" className="col-progress">
                  {t('planTargets.columns.progress')}
                </th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            {groups.map(({ axis, rows }) => (
              <tbody key={axis.id}>
                <tr className="targets-table__axis">
                  <th scope="colgroup" colSpan={6}>
                    {localName(axis, language)}
                  </th>
                </tr>
                {rows.map(({ dimension, target, current, progress }) => {
                  const name = localName(dimension, language);
                  return (
                    <tr key={dimension.id} className={target ? undefined : 'is-untargeted'}>
                      <th scope="row">
                        <div className="stacked">
                          <span className="targets-table__name">
                            <span className="strong clamp-2" title={name}>
                              {name}
                            </span>
                            {dimension.retired && (
                              <span className="badge badge--retired">{t('models.retired')}</span>
                            )}
                          </span>
                          {target?.rationale && (
                            <span className="muted small clamp-2" title={target.rationale}>
                              {target.rationale}
                            </span>
                          )}
                        </div>
                      </th>
                      <td className="col-current">
                        {current ? (
                          <div className="stacked">
                            <span>{levelName(model, current.level, language)}</span>
                            <span className="muted small">
                              {t('planTargets.assessedOn', { date: formatDay(current.date, language) })}
                            </span>
                          </div>
                        ) : (
                          <span className="muted">{t('planTargets.notAssessed')}</span>
                        )}
                      </td>
                      {target ? (
                        <>
                          <td className="col-levels">
                            <span
                              className="level-path"
                              title={t('planTargets.fromTo', {
                                from: levelName(model, target.baselineLevel, language),
                                to: levelName(model, target.targetLevel, language),
                              })}
                            >
                              <span className="level-chip">{target.baselineLevel}</span>
                              <Icon name="arrowRight" size={14} />
                              <span className="level-chip level-chip--target">{target.targetLevel}</span>
                              <span className="visually-hidden">
                                {t('planTargets.fromTo', {
                                  from: levelName(model, target.baselineLevel, language),
                                  to: levelName(model, target.targetLevel, language),
                                })}
                              </span>
                            </span>
                          </td>
                          <td className="col-date">{formatDay(target.targetDate, language)}</td>
                          <td className="col-progress">
                            {progress !== null && (
                              <ProgressBar value={progress} label={t('planTargets.progressOf', { name })} />
                            )}
                          </td>
                          <td className="col-actions">
                            <button
                              type="button"
                              className="icon-button"
                              aria-label={t('planTargets.editNamed', { name })}
                              title={t('planTargets.editNamed', { name })}
                              onClick={() => setEditing({ dimension, target })}
                            >
                              <Icon name="edit" />
                            </button>
                          </td>
                        </>
                      ) : (
                        // Without a target, the target's cells make room for the way to set one.
                        <td colSpan={4}>
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={t('planTargets.setNamed', { name })}
                            onClick={() => setEditing({ dimension, target: null })}
                          >
                            <Icon name="plus" size={16} />
                            {t('planTargets.set')}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
      {editing && (
        <TargetDialog
          plan={plan}
          model={model}
          dimension={editing.dimension}
          target={editing.target}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { positionAfterStep, positionAt } from '@shared/calc/order';
import type { Dimension, ModelAxis, ModelDetail } from '@shared/domain/models';
import { asApiError } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon, type IconName } from '../../components/Icon';
import { describeError } from '../../errors';
import { localName } from '../../format';
import { dimensionsOfAxis, useModelDetailStore } from '../../stores/modelDetailStore';
import { useLanguage } from '../../stores/settingsStore';
import { showError, showSuccess } from '../../stores/toastStore';
import { AxisDialog } from './AxisDialog';
import { DimensionDialog } from './DimensionDialog';

type Direction = 'up' | 'down';
type Editing =
  | { kind: 'axis'; axis?: ModelAxis }
  | { kind: 'dimension'; axisId: string; dimension?: Dimension }
  | { kind: 'deleteAxis'; axis: ModelAxis }
  | { kind: 'deleteDimension'; dimension: Dimension };

/**
 * The model's axes, each with its dimensions in order. Editable models add, rename, reorder (buttons, or
 * Alt+↑ and Alt+↓ on a row), retire and delete them; a dimension moved past the end of its axis goes on
 * to the next one.
 */
export function AxesEditor({ model, editable }: { model: ModelDetail; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const updateAxis = useModelDetailStore((state) => state.updateAxis);
  const updateDimension = useModelDetailStore((state) => state.updateDimension);
  const deleteAxis = useModelDetailStore((state) => state.deleteAxis);
  const deleteDimension = useModelDetailStore((state) => state.deleteDimension);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const section = useRef<HTMLElement>(null);

  const axisName = (axis: ModelAxis) => localName(axis, language);
  const dimensionName = (dimension: Dimension) => localName(dimension, language);

  /** Moving a row re-renders the list: the focus goes back to the same control of the same row. */
  const refocus = (rowId: string, control: string) =>
    section.current?.querySelector<HTMLElement>(`[data-row="${rowId}"] [data-control="${control}"]`)?.focus();

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };

  const moveAxis = (axis: ModelAxis, direction: Direction, control: string) =>
    run(async () => {
      const position = positionAfterStep(model.axes, axis.id, direction);
      if (position === null) return;
      await updateAxis({ id: axis.id, patch: { position } });
      const index = model.axes.findIndex((a) => a.id === axis.id) + (direction === 'up' ? -1 : 1);
      setAnnouncement(
        t('models.axisMoved', { name: axisName(axis), position: index + 1, total: model.axes.length }),
      );
      refocus(axis.id, control);
    });

  const moveDimension = (dimension: Dimension, direction: Direction, control: string) =>
    run(async () => {
      const siblings = dimensionsOfAxis(model, dimension.axisId);
      let axisId = dimension.axisId;
      let position = positionAfterStep(siblings, dimension.id, direction);
      if (position === null) {
        // Past the end of its axis: on to the neighbouring axis, at its near end.
        const next = model.axes[model.axes.findIndex((a) => a.id === axisId) + (direction === 'up' ? -1 : 1)];
        if (!next) return;
        const others = dimensionsOfAxis(model, next.id).map((d) => d.position);
        axisId = next.id;
        position = positionAt(others, direction === 'up' ? others.length : 0);
      }
      await updateDimension({ id: dimension.id, patch: { axisId, position } });
      const moved = dimensionsOfAxis(useModelDetailStore.getState().model ?? model, axisId);
      const axis = model.axes.find((a) => a.id === axisId);
      setAnnouncement(
        t('models.dimensionMoved', {
          name: dimensionName(dimension),
          position: moved.findIndex((d) => d.id === dimension.id) + 1,
          total: moved.length,
          axis: axis ? axisName(axis) : '',
        }),
      );
      refocus(dimension.id, control);
    });

  const setRetired = (dimension: Dimension, retired: boolean) =>
    run(async () => {
      await updateDimension({ id: dimension.id, patch: { retired } });
      showSuccess(
        t(retired ? 'models.dimensionRetired' : 'models.dimensionRestored', {
          name: dimensionName(dimension),
        }),
      );
      refocus(dimension.id, retired ? 'restore' : 'retire');
    });

  /** Alt+↑ and Alt+↓ move the row that holds the focus. */
  const onRowKeyDown = (event: KeyboardEvent, move: (direction: Direction, control: string) => void) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'up';
    move(event.key === 'ArrowUp' ? 'up' : 'down', control);
  };

  const isFirstDimension = (dimension: Dimension) =>
    model.axes[0]?.id === dimension.axisId &&
    dimensionsOfAxis(model, dimension.axisId)[0]?.id === dimension.id;
  const isLastDimension = (dimension: Dimension) =>
    model.axes.at(-1)?.id === dimension.axisId &&
    dimensionsOfAxis(model, dimension.axisId).at(-1)?.id === dimension.id;

  return (
    <section className="section" aria-labelledby="axes-title" ref={section}>
      <div className="section__header">
        <h2 id="axes-title">{t('models.axesTitle')}</h2>
        {editable && (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'axis' })}>
            <Icon name="plus" />
            {t('models.addAxis')}
          </button>
        )}
      </div>
      {editable && model.dimensions.length > 1 && <p className="keyboard-hint">{t('models.reorderHint')}</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {model.axes.length === 0 && (
        <EmptyState icon="models" level={3} title={t('models.noAxesTitle')}>
          {t('models.noAxesText')}
        </EmptyState>
      )}
      <div className="axis-list">
        {model.axes.map((axis, axisIndex) => {
          const dimensions = dimensionsOfAxis(model, axis.id);
          const name = axisName(axis);
          const headingId = `axis-${axis.id}`;
          return (
            <section key={axis.id} className="card axis-card" aria-labelledby={headingId}>
              <header
                className="axis-card__header"
                data-row={axis.id}
                onKeyDown={(event) =>
                  onRowKeyDown(event, (direction, control) => void moveAxis(axis, direction, control))
                }
              >
                <div className="axis-card__title">
                  <h3 id={headingId}>{name}</h3>
                  <span className="muted small">
                    {t('models.dimensionsOnAxis', { count: dimensions.filter((d) => !d.retired).length })}
                  </span>
                </div>
                {editable && (
                  <div className="row-actions">
                    <MoveButtons
                      name={name}
                      first={axisIndex === 0}
                      last={axisIndex === model.axes.length - 1}
                      onMove={(direction) => void moveAxis(axis, direction, direction)}
                    />
                    <RowButton
                      icon="edit"
                      control="edit"
                      label={t('models.renameNamed', { name })}
                      onClick={() => setEditing({ kind: 'axis', axis })}
                    />
                    <RowButton
                      icon="trash"
                      control="delete"
                      danger
                      label={t('models.deleteNamed', { name })}
                      onClick={() => setEditing({ kind: 'deleteAxis', axis })}
                    />
                  </div>
                )}
              </header>
              {dimensions.length > 0 ? (
                <ol className="dimension-list">
                  {dimensions.map((dimension) => {
                    const label = dimensionName(dimension);
                    const description = localName(
                      { name: dimension.description, nameFr: dimension.descriptionFr },
                      language,
                    );
                    return (
                      <li
                        key={dimension.id}
                        data-row={dimension.id}
                        className={dimension.retired ? 'dimension-row is-retired' : 'dimension-row'}
                        onKeyDown={(event) =>
                          onRowKeyDown(
                            event,
                            (direction, control) => void moveDimension(dimension, direction, control),
                          )
                        }
                      >
                        <div className="dimension-row__text">
                          <div className="dimension-row__name">
                            <span className="strong">{label}</span>
                            {dimension.retired && (
                              <span className="badge badge--retired">{t('models.retired')}</span>
                            )}
                            <span className="dimension-row__key">#{dimension.key}</span>
                          </div>
                          {description && <p className="muted small clamp-2">{description}</p>}
                        </div>
                        {editable && (
                          <div className="row-actions">
                            <MoveButtons
                              name={label}
                              first={isFirstDimension(dimension)}
                              last={isLastDimension(dimension)}
                              onMove={(direction) => void moveDimension(dimension, direction, direction)}
                            />
                            <RowButton
                              icon="edit"
                              control="edit"
                              label={t('models.editNamed', { name: label })}
                              onClick={() => setEditing({ kind: 'dimension', axisId: axis.id, dimension })}
                            />
                            {dimension.retired ? (
                              <RowButton
                                icon="restore"
                                control="restore"
                                label={t('models.restoreNamed', { name: label })}
                                onClick={() => void setRetired(dimension, false)}
                              />
                            ) : (
                              <RowButton
                                icon="retire"
                                control="retire"
                                label={t('models.retireNamed', { name: label })}
                                onClick={() => void setRetired(dimension, true)}
                              />
                            )}
                            <RowButton
                              icon="trash"
                              control="delete"
                              danger
                              label={t('models.deleteNamed', { name: label })}
                              onClick={() => setEditing({ kind: 'deleteDimension', dimension })}
                            />
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ol>
              ) : (
                <p className="axis-card__empty muted">{t('models.noDimensions')}</p>
              )}
              {editable && (
                <footer className="axis-card__footer">
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => setEditing({ kind: 'dimension', axisId: axis.id })}
                  >
                    <Icon name="plus" />
                    {t('models.addDimensionTo', { axis: name })}
                  </button>
                </footer>
              )}
            </section>
          );
        })}
      </div>
      {editing?.kind === 'axis' && (
        <AxisDialog model={model} axis={editing.axis} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'dimension' && (
        <DimensionDialog
          model={model}
          axisId={editing.axisId}
          dimension={editing.dimension}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'deleteAxis' && (
        <ConfirmDialog
          title={t('models.deleteAxisTitle', { name: axisName(editing.axis) })}
          confirmLabel={t('common.delete')}
          onClose={() => setEditing(null)}
          explain={(error) => (error.code === 'conflict' ? t('models.axisNotEmpty') : undefined)}
          onConfirm={async () => {
            await deleteAxis(editing.axis.id);
            showSuccess(t('models.axisDeleted', { name: axisName(editing.axis) }));
          }}
        >
          <p>{t('models.deleteAxisText')}</p>
        </ConfirmDialog>
      )}
      {editing?.kind === 'deleteDimension' && (
        <ConfirmDialog
          title={t('models.deleteDimensionTitle', { name: dimensionName(editing.dimension) })}
          confirmLabel={t('common.delete')}
          onClose={() => setEditing(null)}
          explain={(error) => (error.code === 'conflict' ? t('models.dimensionInUse') : undefined)}
          onConfirm={async () => {
            await deleteDimension(editing.dimension.id);
            showSuccess(t('models.dimensionDeleted', { name: dimensionName(editing.dimension) }));
          }}
        >
          <p>{t('models.deleteDimensionText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Up and down for a row: at the top or the bottom of its list, the way on is inactive. */
function MoveButtons({
  name,
  first,
  last,
  onMove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (direction: Direction) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RowButton
        icon="arrowUp"
        control="up"
        label={t('models.moveUpNamed', { name })}
        inactive={first}
        onClick={() => onMove('up')}
      />
      <RowButton
        icon="arrowDown"
        control="down"
        label={t('models.moveDownNamed', { name })}
        inactive={last}
        onClick={() => onMove('down')}
      />
    </>
  );
}

/**
 * An icon button of a row. One that cannot act (moving the first row up) stays focusable and says so,
 * rather than being disabled: a disabled button would drop the keyboard focus just after a move.
 */
function RowButton({
  icon,
  control,
  label,
  onClick,
  inactive = false,
  danger = false,
}: {
  icon: IconName;
  control: string;
  label: string;
  onClick: () => void;
  inactive?: boolean;
  danger?: boolean;
}) {
  return (
    <button
      type="button"
      className={danger ? 'icon-button icon-button--danger' : 'icon-button'}
      aria-label={label}
      title={label}
      aria-disabled={inactive || undefined}
      data-control={control}
      onClick={inactive ? undefined : onClick}
    >
      <Icon name={icon} />
    </button>
  );
}

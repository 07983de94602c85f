import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail, SurveyDimension, SurveyItem } from '@shared/domain/surveys';
import { asApiError, call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { numberedItems, useSurveyPageStore } from '../../stores/surveyPageStore';
import { showError } from '../../stores/toastStore';
import { DimensionDialog, ItemDialog } from './QuestionDialogs';
import { describeSurveyError, itemText } from './surveyWords';
import { WeightsCard } from './WeightsCard';

type Editing =
  | { kind: 'dimension'; dimension: SurveyDimension | null }
  | { kind: 'item'; item: SurveyItem | null; dimensionId: string }
  | { kind: 'delete-dimension'; dimension: SurveyDimension }
  | { kind: 'delete-item'; item: SurveyItem };

/** The questionnaire: quality dimensions with their items, in order, and their importance weights. */
export function QuestionnairePanel({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const move = useSurveyPageStore((state) => state.move);
  const [editing, setEditing] = useState<Editing | null>(null);
  const numbers = numberedItems(survey.items);
  const close = () => setEditing(null);

  const moveRow = async (kind: 'dimension' | 'item', id: string, direction: 'up' | 'down') => {
    try {
      await move(kind, id, direction);
    } catch (caught) {
      showError(describeSurveyError(asApiError(caught), t));
    }
  };
  const answersTo = (itemId: string) =>
    survey.responses.filter((r) => r.answers.some((a) => a.itemId === itemId)).length;

  return (
    <div className="questionnaire">
      <WeightsCard survey={survey} />
      {survey.dimensions.map((dimension, d) => {
        const name = localName(dimension, language);
        const items = survey.items.filter((item) => item.dimensionId === dimension.id);
        return (
          <section key={dimension.id} className="card questionnaire__dimension" aria-label={name}>
            <header className="questionnaire__header">
              <h2>{name}</h2>
              <span className="muted small">{t('survey.itemCount', { count: items.length })}</span>
              <div className="row-actions">
                <MoveButtons
                  name={name}
                  first={d === 0}
                  last={d === survey.dimensions.length - 1}
                  onMove={(direction) => void moveRow('dimension', dimension.id, direction)}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('survey.editNamed', { name })}
                  onClick={() => setEditing({ kind: 'dimension', dimension })}
                >
                  <Icon name="edit" />
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t('survey.deleteNamed', { name })}
                  onClick={() => setEditing({ kind: 'delete-dimension', dimension })}
                >
                  <Icon name="trash" />
                </button>
              </div>
            </header>
            {items.length === 0 ? (
              <p className="muted questionnaire__empty">{t('survey.noItems')}</p>
            ) : (
              <ol className="questionnaire__items">
                {items.map((item, i) => {
                  const label = t('survey.itemNumber', { number: numbers.get(item.id) });
                  return (
                    <li key={item.id} className="questionnaire__item">
                      <span className="questionnaire__number">{label}</span>
                      <span className="questionnaire__text">{itemText(item, language)}</span>
                      <div className="row-actions">
                        <MoveButtons
                          name={label}
                          first={i === 0}
                          last={i === items.length - 1}
                          onMove={(direction) => void moveRow('item', item.id, direction)}
                        />
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={t('survey.editNamed', { name: label })}
                          onClick={() => setEditing({ kind: 'item', item, dimensionId: item.dimensionId })}
                        >
                          <Icon name="edit" />
                        </button>
                        <button
                          type="button"
                          className="icon-button icon-button--danger"
                          aria-label={t('survey.deleteNamed', { name: label })}
                          onClick={() => setEditing({ kind: 'delete-item', item })}
                        >
                          <Icon name="trash" />
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
            <div className="questionnaire__footer">
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setEditing({ kind: 'item', item: null, dimensionId: dimension.id })}
              >
                <Icon name="plus" />
                {t('survey.addItemTo', { name })}
              </button>
            </div>
          </section>
        );
      })}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => setEditing({ kind: 'dimension', dimension: null })}
        >
          <Icon name="plus" />
          {t('survey.addDimension')}
        </button>
      </div>

      {editing?.kind === 'dimension' && (
        <DimensionDialog surveyId={survey.id} dimension={editing.dimension} onClose={close} />
      )}
      {editing?.kind === 'item' && (
        <ItemDialog survey={survey} item={editing.item} dimensionId={editing.dimensionId} onClose={close} />
      )}
      {editing?.kind === 'delete-dimension' && (
        <ConfirmDialog
          title={t('survey.deleteDimensionTitle', { name: localName(editing.dimension, language) })}
          confirmLabel={t('common.delete')}
          onConfirm={async () => void (await call('surveyDimension.delete', { id: editing.dimension.id }))}
          onClose={close}
          explain={(error) => describeSurveyError(error, t)}
        >
          <p>{t('survey.deleteDimensionText')}</p>
        </ConfirmDialog>
      )}
      {editing?.kind === 'delete-item' && (
        <ConfirmDialog
          title={t('survey.deleteItemTitle', {
            name: t('survey.itemNumber', { number: numbers.get(editing.item.id) }),
          })}
          confirmLabel={t('common.delete')}
          onConfirm={async () => void (await call('surveyItem.delete', { id: editing.item.id }))}
          onClose={close}
        >
          <p>{itemText(editing.item, language)}</p>
          {answersTo(editing.item.id) > 0 && (
            <p className="warning-text">
              {t('survey.deleteItemAnswers', { count: answersTo(editing.item.id) })}
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}

function MoveButtons({
  name,
  first,
  last,
  onMove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (direction: 'up' | 'down') => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={t('survey.moveUp', { name })}
        aria-disabled={first}
        onClick={() => !first && onMove('up')}
      >
        <Icon name="arrowUp" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('survey.moveDown', { name })}
        aria-disabled={last}
        onClick={() => !last && onMove('down')}
      >
        <Icon name="arrowDown" />
      </button>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '@shared/domain/workshop';
import { Icon } from '../../components/Icon';
import { useFormError } from '../../components/useFormError';
import { useWorkshopStore } from '../../stores/workshopStore';
import { LineForm } from './LineForm';

/** Part 4: the decisions taken, one line each, recorded in the review as they are said. */
export function DecisionsStage({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const setDecisions = useWorkshopStore((state) => state.setDecisions);
  const [text, setText] = useState('');
  const formError = useFormError();
  const decisions = view.review?.decisions ?? [];

  const save = async (next: string[]) => {
    if (!view.review) return false;
    try {
      await setDecisions(view.review.id, next);
      formError.clear();
      return true;
    } catch (caught) {
      formError.fail(caught);
      return false;
    }
  };

  const add = async () => {
    const decision = text.trim();
    if (decision === '') return;
    if (await save([...decisions, decision])) setText('');
  };

  return (
    <>
      <p className="workshop-stage__intro">{t('workshop.decisions.intro')}</p>
      <LineForm
        id="workshop-decision"
        label={t('workshop.decisions.label')}
        placeholder={t('workshop.decisions.placeholder')}
        submitLabel={t('workshop.decisions.add')}
        value={text}
        onChange={setText}
        onSubmit={add}
        error={formError.message}
      />
      <h3 className="workshop-subtitle" id="workshop-decisions-title">
        {t('workshop.decisions.listTitle', { count: decisions.length })}
      </h3>
      {decisions.length === 0 ? (
        <p className="workshop-muted">{t('workshop.decisions.none')}</p>
      ) : (
        <ol className="workshop-decisions" aria-labelledby="workshop-decisions-title">
          {decisions.map((decision, i) => (
            <li key={`${i}:${decision}`}>
              <span>{decision}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshop.decisions.remove', { text: decision })}
                onClick={() => void save(decisions.filter((_, j) => j !== i))}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

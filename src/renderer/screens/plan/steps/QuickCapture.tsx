import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseQuickCapture, type CapturedStep } from '@shared/quickCapture';
import type { ModelDetail } from '@shared/domain/models';
import type { PlanDetail } from '@shared/domain/plans';
import { ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { useFormError } from '../../../components/useFormError';
import { formatDay, formatMoney, today } from '../../../format';
import { usePlanDetailStore } from '../../../stores/planDetailStore';
import { useLanguage } from '../../../stores/settingsStore';
import { dimensionName, liveDimensions } from '../modelText';
import { effortText } from './stepText';

/**
 * One line to capture a step at the speed of speech: a title with inline tokens (`@owner`, `due:15/01`,
 * `#dimension`, `~2d`, `€300`, `!doing`), Enter to add it. The field keeps the focus for the next one
 * and shows, as it is typed, what it understood and what it could not read.
 */
export function QuickCapture({ plan, model }: { plan: PlanDetail; model: ModelDetail }) {
  const { t } = useTranslation();
  const createStep = usePlanDetailStore((state) => state.createStep);
  const [line, setLine] = useState('');
  const [added, setAdded] = useState('');
  const [busy, setBusy] = useState(false);
  const [unread, setUnread] = useState(false);
  const error = useFormError();
  const id = useId();
  const parsed = parseQuickCapture(line, { today: today(), dimensions: liveDimensions(model) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || line.trim() === '') return;
    error.clear();
    // A token that could not be read would be lost: the line waits until it is fixed.
    setUnread(parsed.problems.length > 0);
    if (parsed.problems.length > 0) return;
    setBusy(true);
    try {
      const target = plan.targets.find((target) => target.dimensionId === parsed.dimensionId);
      const step = await createStep({
        planId: plan.id,
        title: parsed.title,
        owner: parsed.owner ?? '',
        dueDate: parsed.dueDate ?? null,
        dimensionId: parsed.dimensionId ?? null,
        targetId: target?.id ?? null,
        effortDays: parsed.effortDays ?? null,
        cost: parsed.cost ?? null,
        status: parsed.status ?? 'todo',
      });
      setLine('');
      setAdded(
        t('planSteps.capture.added', { title: step.title, status: t(`planSteps.columns.${step.status}`) }),
      );
    } catch (caught) {
      error.fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const message = unread ? t('planSteps.capture.unread') : error.message;
  return (
    <form
      className="quick-capture card"
      aria-labelledby={`${id}-label`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <label id={`${id}-label`} htmlFor={`${id}-line`} className="quick-capture__label">
        {t('planSteps.capture.label')}
      </label>
      <div className="quick-capture__row">
        <input
          id={`${id}-line`}
          type="text"
          className="quick-capture__input"
          value={line}
          maxLength={400}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('planSteps.capture.placeholder')}
          aria-describedby={`${id}-syntax ${id}-preview`}
          aria-invalid={message ? true : undefined}
          onChange={(event) => {
            setLine(event.target.value);
            setUnread(false);
            setAdded('');
          }}
        />
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          <Icon name="plus" />
          {t('planSteps.capture.add')}
        </button>
      </div>
      <p id={`${id}-syntax`} className="quick-capture__syntax">
        {t('planSteps.capture.syntax')}
      </p>
      {message && <ErrorAlert>{message}</ErrorAlert>}
      <div id={`${id}-preview`}>{line.trim() !== '' && <CapturePreview parsed={parsed} model={model} />}</div>
      <p role="status" className="quick-capture__added">
        {added && (
          <>
            <Icon name="check" size={16} />
            {added}
          </>
        )}
      </p>
    </form>
  );
}

/** What the line will make: each field read from it, and the tokens that could not be read. */
export function CapturePreview({ parsed, model }: { parsed: CapturedStep; model: ModelDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fields: { name: string; value: string | null }[] = [
    { name: t('fields.owner'), value: parsed.owner ?? null },
    { name: t('fields.dueDate'), value: parsed.dueDate ? formatDay(parsed.dueDate, language) : null },
    {
      name: t('fields.dimensionId'),
      value: parsed.dimensionId ? dimensionName(model, parsed.dimensionId, language) : null,
    },
    {
      name: t('planSteps.capture.effort'),
      value: parsed.effortDays === undefined ? null : effortText(t, parsed.effortDays, language),
    },
    {
      name: t('planSteps.capture.cost'),
      value: parsed.cost === undefined ? null : formatMoney(parsed.cost, language),
    },
    { name: t('fields.status'), value: parsed.status ? t(`planSteps.status.${parsed.status}`) : null },
  ];
  return (
    <div className="capture-preview" role="group" aria-label={t('planSteps.capture.preview')}>
      <dl className="capture-preview__fields">
        <div
          className={parsed.title ? 'capture-chip capture-chip--title' : 'capture-chip capture-chip--missing'}
        >
          <dt>{t('fields.title')}</dt>
          <dd>{parsed.title || t('planSteps.capture.noTitle')}</dd>
        </div>
        {fields.map(
          ({ name, value }) =>
            value !== null && (
              <div key={name} className="capture-chip">
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ),
        )}
      </dl>
      {parsed.problems.length > 0 && (
        <ul className="capture-preview__problems">
          {parsed.problems.map((problem) => (
            <li key={problem.token} className="capture-chip capture-chip--problem">
              <Icon name="alert" size={14} />
              {t(`planSteps.capture.problem.${problem.reason}`, { token: problem.token })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

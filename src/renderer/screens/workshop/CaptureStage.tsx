import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '@shared/domain/workshop';
import { parseQuickCapture } from '@shared/quickCapture';
import { useFormError } from '../../components/useFormError';
import { formatDay, formatMoney, formatNumber, localName, today } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { useWorkshopStore } from '../../stores/workshopStore';
import { LineForm } from './LineForm';

/** Part 3: new steps, typed as they are said, with the quick-capture tokens of the plan page. */
export function CaptureStage({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captureStep = useWorkshopStore((state) => state.captureStep);
  const [line, setLine] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formError = useFormError();
  const dimensions = view.model.dimensions.filter((d) => !d.retired);
  const created = new Set(view.review?.steps.filter((l) => l.action === 'created').map((l) => l.stepId));
  // The latest first, next to the field they were typed in.
  const captured = view.plan.steps
    .filter((step) => created.has(step.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const add = async () => {
    if (!view.review || busy) return;
    const step = parseQuickCapture(line, { today: today(), dimensions });
    const [first] = step.problems;
    if (first) {
      setProblem(
        t('workshop.capture.problem', {
          token: first.token,
          reason: t(`workshop.capture.reasons.${first.reason}`),
        }),
      );
      return;
    }
    if (step.title === '') {
      setProblem(t('workshop.capture.emptyTitle'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const { problems: _problems, ...fields } = step;
      await captureStep({ reviewId: view.review.id, step: fields });
      setLine('');
      formError.clear();
    } catch (caught) {
      formError.fail(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="workshop-stage__intro">{t('workshop.capture.intro')}</p>
      <LineForm
        id="workshop-capture-line"
        label={t('workshop.capture.label')}
        placeholder={t('workshop.capture.placeholder')}
        submitLabel={t('workshop.capture.add')}
        value={line}
        onChange={(value) => {
          setLine(value);
          setProblem(null);
        }}
        onSubmit={add}
        hint={t('workshop.capture.syntax')}
        error={problem ?? formError.message}
      />

      <h3 className="workshop-subtitle">{t('workshop.capture.captured', { count: captured.length })}</h3>
      {captured.length === 0 ? (
        <p className="workshop-muted">{t('workshop.capture.none')}</p>
      ) : (
        <ul className="workshop-captured">
          {captured.map((step) => {
            const dimension = dimensions.find((d) => d.id === step.dimensionId);
            const details = [
              step.owner,
              step.dueDate ? t('workshop.steps.due', { date: formatDay(step.dueDate, language) }) : '',
              dimension ? localName(dimension, language) : '',
              step.effortDays !== null
                ? t('workshop.capture.effort', { days: formatNumber(step.effortDays, language, 2) })
                : '',
              step.cost !== null ? formatMoney(step.cost, language) : '',
              step.status !== 'todo' ? t(`workshop.status.${step.status}`) : '',
            ].filter(Boolean);
            return (
              <li key={step.id} className="workshop-captured__step">
                <span className="workshop-step__title">{step.title}</span>
                {details.length > 0 && (
                  <span className="workshop-step__meta">
                    {details.map((detail) => (
                      <span key={detail}>{detail}</span>
                    ))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

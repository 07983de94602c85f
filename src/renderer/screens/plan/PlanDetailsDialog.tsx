import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@shared/domain/plans';
import { FormDialog } from '../../components/FormDialog';
import { TextField, numberOrNull, numberText } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { usePlanDetailStore } from '../../stores/planDetailStore';
import { showSuccess } from '../../stores/toastStore';

/** Edits a plan's details: title, objective, owner, period, budget, review cadence, small-step limits. */
export function PlanDetailsDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const updatePlan = usePlanDetailStore((state) => state.updatePlan);
  const [title, setTitle] = useState(plan.title);
  const [objective, setObjective] = useState(plan.objective);
  const [owner, setOwner] = useState(plan.owner);
  const [startDate, setStartDate] = useState(plan.startDate);
  const [endDate, setEndDate] = useState(plan.endDate);
  const [budget, setBudget] = useState(numberText(plan.budget));
  const [cadence, setCadence] = useState(numberText(plan.reviewCadenceDays));
  const [maxEffort, setMaxEffort] = useState(numberText(plan.maxStepEffortDays));
  const [maxSpan, setMaxSpan] = useState(numberText(plan.maxStepSpanDays));

  const { busy, error, submit } = useSubmit(async () => {
    await updatePlan({
      title,
      objective,
      owner,
      startDate,
      endDate,
      budget: numberOrNull(budget),
      reviewCadenceDays: numberOrNull(cadence),
      // The limits cannot be empty: an empty field is refused as not a number.
      maxStepEffortDays: numberOrNull(maxEffort) ?? Number.NaN,
      maxStepSpanDays: numberOrNull(maxSpan) ?? Number.NaN,
    });
    showSuccess(t('planPage.saved', { title }));
    onClose();
  });

  return (
    <FormDialog
      title={t('planPage.editDetails')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      busy={busy}
      message={error.message}
      submitLabel={t('common.save')}
    >
      <TextField
        label={t('fields.title')}
        value={title}
        onChange={setTitle}
        required
        autoFocus
        invalid={error.invalid('title')}
      />
      <TextField
        label={t('fields.objective')}
        value={objective}
        onChange={setObjective}
        multiline
        invalid={error.invalid('objective')}
        placeholder={t('plans.objectivePlaceholder')}
      />
      <div className="form-row">
        <TextField
          label={t('fields.owner')}
          value={owner}
          onChange={setOwner}
          invalid={error.invalid('owner')}
        />
        <TextField
          label={t('fields.budget')}
          type="number"
          min="0"
          step="100"
          value={budget}
          onChange={setBudget}
          invalid={error.invalid('budget')}
          hint={t('planPage.budgetHint')}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('fields.startDate')}
          type="date"
          value={startDate}
          onChange={setStartDate}
          required
          invalid={error.invalid('startDate')}
        />
        <TextField
          label={t('fields.endDate')}
          type="date"
          value={endDate}
          min={startDate}
          onChange={setEndDate}
          required
          invalid={error.invalid('endDate')}
        />
      </div>
      <TextField
        label={t('fields.reviewCadenceDays')}
        type="number"
        min="1"
        max="366"
        step="1"
        value={cadence}
        onChange={setCadence}
        invalid={error.invalid('reviewCadenceDays')}
        hint={t('planPage.cadenceHint')}
        className="field--narrow"
      />
      <fieldset className="form">
        <legend className="field__label">{t('planPage.smallStepLimits')}</legend>
        <p className="field__hint">{t('planPage.limitsHint')}</p>
        <div className="form-row">
          <TextField
            label={t('fields.maxStepEffortDays')}
            type="number"
            min="0"
            step="0.5"
            value={maxEffort}
            onChange={setMaxEffort}
            required
            invalid={error.invalid('maxStepEffortDays')}
          />
          <TextField
            label={t('fields.maxStepSpanDays')}
            type="number"
            min="1"
            step="1"
            value={maxSpan}
            onChange={setMaxSpan}
            required
            invalid={error.invalid('maxStepSpanDays')}
          />
        </div>
      </fieldset>
    </FormDialog>
  );
}

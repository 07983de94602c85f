import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@shared/domain/plans';
import { FormDialog } from '../../components/FormDialog';
import { TextField, numberOrNull, numberText } from '../../components/TextField';
import { useForm } from '../../components/useForm';
import { usePlanDetailStore } from '../../stores/planDetailStore';
import { showSuccess } from '../../stores/toastStore';

/** Edits a plan's details: title, objective, owner, period, budget, review cadence, small-step limits. */
export function PlanDetailsDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const updatePlan = usePlanDetailStore((state) => state.updatePlan);

  const form = useForm(
    {
      title: plan.title,
      objective: plan.objective,
      owner: plan.owner,
      startDate: plan.startDate,
      endDate: plan.endDate,
      budget: numberText(plan.budget),
      reviewCadenceDays: numberText(plan.reviewCadenceDays),
      maxStepEffortDays: numberText(plan.maxStepEffortDays),
      maxStepSpanDays: numberText(plan.maxStepSpanDays),
    },
    async (fields) => {
      await updatePlan({
        ...fields,
        budget: numberOrNull(fields.budget),
        reviewCadenceDays: numberOrNull(fields.reviewCadenceDays),
        // The limits cannot be empty: an empty field is refused as not a number.
        maxStepEffortDays: numberOrNull(fields.maxStepEffortDays) ?? Number.NaN,
        maxStepSpanDays: numberOrNull(fields.maxStepSpanDays) ?? Number.NaN,
      });
      showSuccess(t('planPage.saved', { title: fields.title }));
      onClose();
    },
  );

  return (
    <FormDialog
      title={t('planPage.editDetails')}
      onClose={onClose}
      form={form}
      submitLabel={t('common.save')}
    >
      <TextField {...form.field('title')} required autoFocus />
      <TextField {...form.field('objective')} multiline placeholder={t('plans.objectivePlaceholder')} />
      <div className="form-row">
        <TextField {...form.field('owner')} />
        <TextField
          {...form.field('budget')}
          type="number"
          min="0"
          step="100"
          hint={t('planPage.budgetHint')}
        />
      </div>
      <div className="form-row">
        <TextField {...form.field('startDate')} type="date" required />
        <TextField {...form.field('endDate')} type="date" min={form.values.startDate} required />
      </div>
      <TextField
        {...form.field('reviewCadenceDays')}
        type="number"
        min="1"
        max="366"
        step="1"
        hint={t('planPage.cadenceHint')}
        className="field--narrow"
      />
      <fieldset className="form">
        <legend className="field__label">{t('planPage.smallStepLimits')}</legend>
        <p className="field__hint">{t('planPage.limitsHint')}</p>
        <div className="form-row">
          <TextField {...form.field('maxStepEffortDays')} type="number" min="0" step="0.5" required />
          <TextField {...form.field('maxStepSpanDays')} type="number" min="1" step="1" required />
        </div>
      </fieldset>
    </FormDialog>
  );
}

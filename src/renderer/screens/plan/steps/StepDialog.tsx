import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tooBigReasons } from '@shared/calc/steps';
import type { ModelDetail } from '@shared/domain/models';
import { stepStatuses } from '@shared/domain/constants';
import type { PlanDetail, Step, StepStatus } from '@shared/domain/plans';
import { FormDialog } from '../../../components/FormDialog';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { TextField, numberOrNull, numberText } from '../../../components/TextField';
import { useForm } from '../../../components/useForm';
import { useSubmit } from '../../../components/useSubmit';
import { localName } from '../../../format';
import { ownersOf, usePlanDetailStore } from '../../../stores/planDetailStore';
import { useLanguage } from '../../../stores/settingsStore';
import { showSuccess } from '../../../stores/toastStore';
import { dimensionName } from '../modelText';
import { TooBigReasons } from './TooBigReasons';

/**
 * Everything about one step: what it is, who owns it, its target or dimension, its dates, effort and
 * cost, its status and, once done, its outcome. Deleting asks once more in the footer.
 */
export function StepDialog({
  step,
  plan,
  model,
  onClose,
  onSplit,
}: {
  step: Step;
  plan: PlanDetail;
  model: ModelDetail;
  onClose: () => void;
  onSplit: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const updateStep = usePlanDetailStore((state) => state.updateStep);
  const moveStep = usePlanDetailStore((state) => state.moveStep);
  const deleteStep = usePlanDetailStore((state) => state.deleteStep);
  const [status, setStatus] = useState<StepStatus>(step.status);
  const ownersId = useId();

  const form = useForm(
    {
      title: step.title,
      description: step.description,
      owner: step.owner,
      targetId: step.targetId ?? '',
      dimensionId: step.dimensionId ?? '',
      startDate: step.startDate ?? '',
      dueDate: step.dueDate ?? '',
      effortDays: numberText(step.effortDays),
      cost: numberText(step.cost),
      doneDate: step.doneDate ?? '',
      outcome: step.outcome,
    },
    async ({ targetId, dimensionId, startDate, dueDate, effortDays, cost, outcome, doneDate, ...texts }) => {
      // Status changes through a move, which also stamps or clears the done date; the fields follow.
      if (status !== step.status) await moveStep({ id: step.id, status, beforeId: null });
      await updateStep(step.id, {
        ...texts,
        targetId: targetId || null,
        // On a target, the step works on the target's dimension: the core fills it in.
        dimensionId: targetId ? null : dimensionId || null,
        startDate: startDate || null,
        dueDate: dueDate || null,
        effortDays: numberOrNull(effortDays),
        cost: numberOrNull(cost),
        ...(status === 'done' ? { outcome, ...(doneDate ? { doneDate } : {}) } : {}),
      });
      showSuccess(t('planSteps.saved', { title: texts.title }));
      onClose();
    },
  );
  const remove = useSubmit(async () => {
    await deleteStep(step.id);
    showSuccess(t('planSteps.deleted', { title: step.title }));
    onClose();
  });
  const { values } = form;
  const owner = form.field('owner');
  const targetField = form.field('targetId');
  const dimensionField = form.field('dimensionId');
  const target = plan.targets.find((candidate) => candidate.id === values.targetId);
  const reasons = tooBigReasons(
    {
      effortDays: numberOrNull(values.effortDays),
      startDate: values.startDate || null,
      dueDate: values.dueDate || null,
    },
    plan,
  );

  return (
    <FormDialog
      title={t('planSteps.dialogTitle')}
      onClose={onClose}
      form={form}
      message={remove.error.message ?? form.error.message}
      submitLabel={t('common.save')}
      removal={{
        label: t('planSteps.delete'),
        question: t('planSteps.deleteQuestion'),
        keepLabel: t('planSteps.keep'),
        confirmLabel: t('planSteps.deleteConfirm'),
        busy: remove.busy,
        onConfirm: () => void remove.submit(),
      }}
    >
      <TextField {...form.field('title')} required autoFocus />
      <TextField {...form.field('description')} multiline rows={2} />
      <div className="form-row">
        <Field label={owner.label} invalid={owner.invalid}>
          {(props) => (
            <>
              <input
                {...props}
                type="text"
                list={ownersId}
                value={owner.value}
                maxLength={200}
                onChange={(event) => owner.onChange(event.target.value)}
              />
              <datalist id={ownersId}>
                {ownersOf(plan.steps).map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('fields.status')} invalid={form.error.invalid('status')}>
          {(props) => (
            <select
              {...props}
              value={status}
              onChange={(event) => setStatus(event.target.value as StepStatus)}
            >
              {stepStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`planSteps.status.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={targetField.label} invalid={targetField.invalid}>
          {(props) => (
            <select
              {...props}
              value={targetField.value}
              onChange={(event) => targetField.onChange(event.target.value)}
            >
              <option value="">{t('planSteps.noTarget')}</option>
              {plan.targets.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {t('planSteps.targetOption', {
                    dimension: dimensionName(model, candidate.dimensionId, language),
                    from: candidate.baselineLevel,
                    to: candidate.targetLevel,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={dimensionField.label}
          invalid={dimensionField.invalid}
          hint={target ? t('planSteps.dimensionOfTarget') : undefined}
        >
          {(props) => (
            <select
              {...props}
              value={target ? target.dimensionId : dimensionField.value}
              disabled={target !== undefined}
              onChange={(event) => dimensionField.onChange(event.target.value)}
            >
              <option value="">{t('planSteps.noDimension')}</option>
              {model.axes.map((axis) => (
                <optgroup key={axis.id} label={localName(axis, language)}>
                  {/* Retired dimensions are not offered, unless the step is on one already. */}
                  {model.dimensions
                    .filter((d) => d.axisId === axis.id && (!d.retired || d.id === step.dimensionId))
                    .map((dimension) => (
                      <option key={dimension.id} value={dimension.id}>
                        {localName(dimension, language)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <TextField {...form.field('startDate')} type="date" />
        <TextField {...form.field('dueDate')} type="date" min={values.startDate || undefined} />
      </div>
      <div className="form-row">
        <TextField {...form.field('effortDays')} type="number" min="0" step="0.25" />
        <TextField {...form.field('cost')} type="number" min="0" step="10" />
      </div>
      {reasons.length > 0 && status !== 'done' && status !== 'dropped' && (
        <div className="too-big-notice">
          <Icon name="alert" />
          <div>
            <p className="strong">{t('planSteps.tooBig')}</p>
            <TooBigReasons reasons={reasons} plan={plan} />
          </div>
          <button type="button" className="button" onClick={onSplit}>
            <Icon name="split" />
            {t('planSteps.splitIt')}
          </button>
        </div>
      )}
      {status === 'done' && (
        <>
          <TextField
            {...form.field('doneDate')}
            type="date"
            hint={step.status === 'done' ? undefined : t('planSteps.doneDateHint')}
            className="field--narrow"
          />
          <TextField
            {...form.field('outcome')}
            multiline
            rows={2}
            placeholder={t('planSteps.outcomePlaceholder')}
          />
        </>
      )}
    </FormDialog>
  );
}

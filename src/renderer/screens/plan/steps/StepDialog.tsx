import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tooBigReasons } from '@shared/calc/steps';
import type { ModelDetail } from '@shared/domain/models';
import { stepStatuses, type PlanDetail, type Step, type StepStatus } from '@shared/domain/plans';
import { FormDialog } from '../../../components/FormDialog';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { TextField, numberOrNull, numberText } from '../../../components/TextField';
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
  const [title, setTitle] = useState(step.title);
  const [description, setDescription] = useState(step.description);
  const [owner, setOwner] = useState(step.owner);
  const [status, setStatus] = useState<StepStatus>(step.status);
  const [targetId, setTargetId] = useState(step.targetId ?? '');
  const [dimensionId, setDimensionId] = useState(step.dimensionId ?? '');
  const [startDate, setStartDate] = useState(step.startDate ?? '');
  const [dueDate, setDueDate] = useState(step.dueDate ?? '');
  const [effort, setEffort] = useState(numberText(step.effortDays));
  const [cost, setCost] = useState(numberText(step.cost));
  const [doneDate, setDoneDate] = useState(step.doneDate ?? '');
  const [outcome, setOutcome] = useState(step.outcome);
  const ownersId = useId();
  const target = plan.targets.find((candidate) => candidate.id === targetId);
  const reasons = tooBigReasons(
    { effortDays: numberOrNull(effort), startDate: startDate || null, dueDate: dueDate || null },
    plan,
  );

  const save = useSubmit(async () => {
    // Status changes through a move, which also stamps or clears the done date; the fields follow.
    if (status !== step.status) await moveStep({ id: step.id, status, beforeId: null });
    await updateStep(step.id, {
      title,
      description,
      owner,
      targetId: targetId || null,
      // On a target, the step works on the target's dimension: the core fills it in.
      dimensionId: targetId ? null : dimensionId || null,
      startDate: startDate || null,
      dueDate: dueDate || null,
      effortDays: numberOrNull(effort),
      cost: numberOrNull(cost),
      ...(status === 'done' ? { outcome, ...(doneDate ? { doneDate } : {}) } : {}),
    });
    showSuccess(t('planSteps.saved', { title }));
    onClose();
  });
  const remove = useSubmit(async () => {
    await deleteStep(step.id);
    showSuccess(t('planSteps.deleted', { title: step.title }));
    onClose();
  });
  const error = remove.error.message ? remove.error : save.error;

  return (
    <FormDialog
      title={t('planSteps.dialogTitle')}
      onClose={onClose}
      onSubmit={(event) => void save.submit(event)}
      busy={save.busy}
      message={error.message}
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
      <TextField
        label={t('fields.title')}
        value={title}
        onChange={setTitle}
        required
        autoFocus
        invalid={error.invalid('title')}
      />
      <TextField
        label={t('fields.description')}
        value={description}
        onChange={setDescription}
        multiline
        rows={2}
        invalid={error.invalid('description')}
      />
      <div className="form-row">
        <Field label={t('fields.owner')} invalid={error.invalid('owner')}>
          {(props) => (
            <>
              <input
                {...props}
                type="text"
                list={ownersId}
                value={owner}
                maxLength={200}
                onChange={(event) => setOwner(event.target.value)}
              />
              <datalist id={ownersId}>
                {ownersOf(plan.steps).map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('fields.status')} invalid={error.invalid('status')}>
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
        <Field label={t('fields.targetId')} invalid={error.invalid('targetId')}>
          {(props) => (
            <select {...props} value={targetId} onChange={(event) => setTargetId(event.target.value)}>
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
          label={t('fields.dimensionId')}
          invalid={error.invalid('dimensionId')}
          hint={target ? t('planSteps.dimensionOfTarget') : undefined}
        >
          {(props) => (
            <select
              {...props}
              value={target ? target.dimensionId : dimensionId}
              disabled={target !== undefined}
              onChange={(event) => setDimensionId(event.target.value)}
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
        <TextField
          label={t('fields.startDate')}
          type="date"
          value={startDate}
          onChange={setStartDate}
          invalid={error.invalid('startDate')}
        />
        <TextField
          label={t('fields.dueDate')}
          type="date"
          value={dueDate}
          min={startDate || undefined}
          onChange={setDueDate}
          invalid={error.invalid('dueDate')}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('fields.effortDays')}
          type="number"
          min="0"
          step="0.25"
          value={effort}
          onChange={setEffort}
          invalid={error.invalid('effortDays')}
        />
        <TextField
          label={t('fields.cost')}
          type="number"
          min="0"
          step="10"
          value={cost}
          onChange={setCost}
          invalid={error.invalid('cost')}
        />
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
            label={t('fields.doneDate')}
            type="date"
            value={doneDate}
            onChange={setDoneDate}
            invalid={error.invalid('doneDate')}
            hint={step.status === 'done' ? undefined : t('planSteps.doneDateHint')}
            className="field--narrow"
          />
          <TextField
            label={t('fields.outcome')}
            value={outcome}
            onChange={setOutcome}
            multiline
            rows={2}
            invalid={error.invalid('outcome')}
            placeholder={t('planSteps.outcomePlaceholder')}
          />
        </>
      )}
    </FormDialog>
  );
}

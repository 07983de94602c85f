import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { planStatuses } from '@shared/domain/constants';
import type { Plan, PlanStatus } from '@shared/domain/plans';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useForm } from '../../components/useForm';
import { localName, oneYearAfter, today } from '../../format';
import { builtinModels, useModelStore, userModels } from '../../stores/modelStore';
import { usePlanStore } from '../../stores/planStore';
import { useLanguage, useSettingsStore } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { activeTeams, useTeamStore } from '../../stores/teamStore';
import { TeamField } from '../teams/TeamField';

/** Starts a team's improvement plan on a maturity model, over a period (a year from today unless changed). */
export function NewPlanDialog({
  teamId: initialTeamId,
  onClose,
  onCreated,
}: {
  teamId?: string | undefined;
  onClose: () => void;
  onCreated?: (plan: Plan) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const teams = activeTeams(useTeamStore((state) => state.teams));
  const models = useModelStore((state) => state.models);
  const loadModels = useModelStore((state) => state.load);
  const create = usePlanStore((state) => state.create);
  const userName = useSettingsStore((state) => state.settings?.userName ?? '');

  // Until the user picks one, the first built-in model is the natural choice.
  const firstModelId = models[0]?.id ?? '';
  const form = useForm(
    {
      teamId: initialTeamId ?? (teams.length === 1 ? (teams[0]?.id ?? '') : ''),
      modelId: '',
      title: '',
      objective: '',
      owner: userName,
      startDate: today(),
      endDate: oneYearAfter(today()),
      status: 'draft',
    },
    async ({ modelId, status, ...fields }) => {
      const plan = await create({
        ...fields,
        modelId: modelId || firstModelId,
        status: status as PlanStatus,
      });
      showSuccess(t('plans.created', { title: plan.title }));
      onCreated?.(plan);
      onClose();
    },
  );

  useEffect(() => {
    void loadModels();
  }, [loadModels]);

  return (
    <FormDialog title={t('plans.newPlan')} onClose={onClose} form={form} submitLabel={t('plans.create')}>
      <div className="form-row">
        <TeamField field={form.field('teamId')} teams={teams} autoFocus={!initialTeamId} />
        <Field label={t('fields.modelId')} required invalid={form.error.invalid('modelId')}>
          {(props) => (
            <select
              {...props}
              value={form.values.modelId || firstModelId}
              onChange={(event) => form.set('modelId')(event.target.value)}
            >
              {models.length === 0 && <option value="">{t('plans.chooseModel')}</option>}
              {[
                { label: t('plans.builtinModels'), group: builtinModels(models) },
                { label: t('plans.yourModels'), group: userModels(models) },
              ].map(
                ({ label, group }) =>
                  group.length > 0 && (
                    <optgroup key={label} label={label}>
                      {group.map((model) => (
                        <option key={model.id} value={model.id}>
                          {localName(model, language)}
                        </option>
                      ))}
                    </optgroup>
                  ),
              )}
            </select>
          )}
        </Field>
      </div>
      <TextField
        {...form.field('title')}
        required
        autoFocus={Boolean(initialTeamId)}
        placeholder={t('plans.titlePlaceholder')}
      />
      <TextField {...form.field('objective')} multiline placeholder={t('plans.objectivePlaceholder')} />
      <div className="form-row">
        <TextField {...form.field('owner')} />
        <Field label={t('fields.status')} invalid={form.error.invalid('status')}>
          {(props) => (
            <select
              {...props}
              value={form.values.status}
              onChange={(event) => form.set('status')(event.target.value)}
            >
              {planStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`status.plan.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <TextField {...form.field('startDate')} type="date" required />
        <TextField {...form.field('endDate')} type="date" min={form.values.startDate} required />
      </div>
    </FormDialog>
  );
}

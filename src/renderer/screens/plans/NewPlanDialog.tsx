import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planStatuses } from '@shared/domain/constants';
import type { Plan, PlanStatus } from '@shared/domain/plans';
import { ErrorAlert } from '../../components/Alert';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormError } from '../../components/useFormError';
import { localName, oneYearAfter, today } from '../../format';
import { builtinModels, useModelStore, userModels } from '../../stores/modelStore';
import { usePlanStore } from '../../stores/planStore';
import { useLanguage, useSettingsStore } from '../../stores/settingsStore';
import { showSuccess } from '../../stores/toastStore';
import { activeTeams, useTeamStore } from '../../stores/teamStore';
import { teamAndClient } from '../../i18n/labels';

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

  const [teamId, setTeamId] = useState(initialTeamId ?? (teams.length === 1 ? (teams[0]?.id ?? '') : ''));
  const [modelId, setModelId] = useState('');
  const [title, setTitle] = useState('');
  const [objective, setObjective] = useState('');
  const [owner, setOwner] = useState(userName);
  const [startDate, setStartDate] = useState(today);
  const [endDate, setEndDate] = useState(() => oneYearAfter(today()));
  const [status, setStatus] = useState<PlanStatus>('draft');
  const [busy, setBusy] = useState(false);
  const error = useFormError();

  useEffect(() => {
    void loadModels();
  }, [loadModels]);

  // Until the user picks one, the first built-in model is the natural choice.
  const chosenModelId = modelId || (models[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not `disabled` while busy: a disabled button drops the keyboard focus.
    if (busy) return;
    setBusy(true);
    error.clear();
    try {
      const plan = await create({
        teamId,
        modelId: chosenModelId,
        title,
        objective,
        owner,
        startDate,
        endDate,
        status,
      });
      showSuccess(t('plans.created', { title: plan.title }));
      onCreated?.(plan);
      onClose();
    } catch (caught) {
      error.fail(caught);
      setBusy(false);
    }
  };

  const builtins = builtinModels(models);
  const own = userModels(models);

  return (
    <Dialog title={t('plans.newPlan')} onClose={onClose}>
      <form className="dialog__body form" onSubmit={(event) => void submit(event)} noValidate>
        {error.message && <ErrorAlert>{error.message}</ErrorAlert>}
        <div className="form-row">
          <Field label={t('fields.teamId')} required invalid={error.invalid('teamId')}>
            {(props) => (
              <select
                {...props}
                data-autofocus={initialTeamId ? undefined : true}
                value={teamId}
                onChange={(event) => setTeamId(event.target.value)}
              >
                <option value="" disabled>
                  {t('plans.chooseTeam')}
                </option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {teamAndClient(t, team.name, team.client)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fields.modelId')} required invalid={error.invalid('modelId')}>
            {(props) => (
              <select {...props} value={chosenModelId} onChange={(event) => setModelId(event.target.value)}>
                {models.length === 0 && <option value="">{t('plans.chooseModel')}</option>}
                {builtins.length > 0 && (
                  <optgroup label={t('plans.builtinModels')}>
                    {builtins.map((model) => (
                      <option key={model.id} value={model.id}>
                        {localName(model, language)}
                      </option>
                    ))}
                  </optgroup>
                )}
                {own.length > 0 && (
                  <optgroup label={t('plans.yourModels')}>
                    {own.map((model) => (
                      <option key={model.id} value={model.id}>
                        {localName(model, language)}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('fields.title')} required invalid={error.invalid('title')}>
          {(props) => (
            <input
              {...props}
              data-autofocus={initialTeamId ? true : undefined}
              type="text"
              value={title}
              maxLength={200}
              placeholder={t('plans.titlePlaceholder')}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('fields.objective')} invalid={error.invalid('objective')}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={objective}
              placeholder={t('plans.objectivePlaceholder')}
              onChange={(event) => setObjective(event.target.value)}
            />
          )}
        </Field>
        <div className="form-row">
          <Field label={t('fields.owner')} invalid={error.invalid('owner')}>
            {(props) => (
              <input
                {...props}
                type="text"
                value={owner}
                maxLength={200}
                onChange={(event) => setOwner(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('fields.status')} invalid={error.invalid('status')}>
            {(props) => (
              <select
                {...props}
                value={status}
                onChange={(event) => setStatus(event.target.value as PlanStatus)}
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
          <Field label={t('fields.startDate')} required invalid={error.invalid('startDate')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={startDate}
                onChange={(event) => setStartDate(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('fields.endDate')} required invalid={error.invalid('endDate')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={endDate}
                min={startDate}
                onChange={(event) => setEndDate(event.target.value)}
              />
            )}
          </Field>
        </div>
        <DialogFooter>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {busy ? t('common.saving') : t('plans.create')}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

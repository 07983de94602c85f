import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetStatus } from '@shared/calc/budget';
import { momentum } from '@shared/calc/momentum';
import { progressOfRows, targetsByAxis } from '@shared/calc/targets';
import type { ModelDetail } from '@shared/domain/models';
import type { PlanDetail } from '@shared/domain/plans';
import { Icon } from '../../components/Icon';
import { StepProgress } from '../../components/StepProgress';
import { formatDay, formatMoney, formatNumber, today } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { PlanDetailsDialog } from './PlanDetailsDialog';
import { ProgressBar } from './ProgressBar';

/** The plan at a glance: its objective, where it stands, and its details, with the way to edit them. */
export function PlanOverview({ plan, model }: { plan: PlanDetail; model: ModelDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const progress = progressOfRows(targetsByAxis(model, plan.targets, plan.currentLevels));
  const budget = budgetStatus(plan.budget, plan.steps);
  const pace = momentum({
    today: today(),
    plan,
    steps: plan.steps,
    reviewDates: plan.reviews.map((review) => review.date),
  });
  const counted = plan.steps.filter((step) => step.status !== 'dropped');
  const money = (amount: number) => formatMoney(amount, language);
  const none = (text: string) => <span className="muted">{text}</span>;

  return (
    <section className="card plan-overview" aria-label={t('planPage.overview')}>
      <div className="plan-overview__top">
        <div className="plan-overview__objective">
          <h2 className="plan-overview__label">{t('fields.objective')}</h2>
          <p className={plan.objective ? 'clamp-2' : 'clamp-2 muted'} title={plan.objective}>
            {plan.objective || t('planPage.noObjective')}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          <Icon name="edit" />
          {t('planPage.editDetails')}
        </button>
      </div>
      <dl className="plan-overview__facts">
        <Fact label={t('planPage.targetProgress')}>
          {progress === null ? (
            none(t('planPage.noTargetsYet'))
          ) : (
            <ProgressBar value={progress} label={t('planPage.targetProgress')} />
          )}
        </Fact>
        <Fact label={t('planPage.stepsDone')}>
          <StepProgress
            done={counted.filter((step) => step.status === 'done').length}
            total={counted.length}
          />
        </Fact>
        <Fact label={t('fields.owner')}>{plan.owner || none(t('planPage.noOwner'))}</Fact>
        <Fact label={t('fields.budget')}>
          {budget.budget === null ? (
            none(t('planPage.noBudget'))
          ) : (
            <>
              {money(budget.budget)}
              <span className={budget.overBudget ? 'plan-overview__note is-overdue' : 'plan-overview__note'}>
                {t('planPage.budgetPlanned', { planned: money(budget.planned), spent: money(budget.spent) })}
              </span>
            </>
          )}
        </Fact>
        <Fact label={t('planPage.reviews')}>
          {plan.reviewCadenceDays === null ? (
            none(t('planPage.noCadence'))
          ) : (
            <>
              {t('planPage.everyDays', { count: plan.reviewCadenceDays })}
              {pace.nextReviewDue && (
                <span
                  className={pace.reviewOverdue ? 'plan-overview__note is-overdue' : 'plan-overview__note'}
                >
                  {t(pace.reviewOverdue ? 'planPage.reviewOverdue' : 'planPage.nextReview', {
                    date: formatDay(pace.nextReviewDue, language),
                  })}
                </span>
              )}
            </>
          )}
        </Fact>
        <Fact label={t('planPage.smallStepLimits')}>
          {t('planPage.limitEffort', { value: formatNumber(plan.maxStepEffortDays, language) })}
          <span className="plan-overview__note">
            {t('planPage.limitSpan', { value: formatNumber(plan.maxStepSpanDays, language) })}
          </span>
        </Fact>
      </dl>
      {editing && <PlanDetailsDialog plan={plan} onClose={() => setEditing(false)} />}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="plan-overview__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '@shared/dates';
import type { Attention } from '@shared/domain/plans';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { Swatch, Truncate } from '../../components/Text';
import { formatDay, today } from '../../format';
import { allClear, useAttentionStore } from '../../stores/attentionStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';

/** A group shows this many items until the user asks for all of them. */
const shortList = 4;

/** What needs attention today: reviews due, overdue steps and stalling plans, each leading to its plan. */
export function AttentionPanel() {
  const { t } = useTranslation();
  const attention = useAttentionStore((state) => state.attention);
  const status = useAttentionStore((state) => state.status);
  const error = useAttentionStore((state) => state.error);
  const load = useAttentionStore((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="section attention" aria-labelledby="attention-title">
      <div className="section__header">
        <h2 id="attention-title">{t('attention.title')}</h2>
      </div>
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() =>
          attention &&
          (allClear(attention) ? (
            <p className="attention__clear">
              <Icon name="check" />
              <span>
                <strong>{t('attention.allClearTitle')}</strong> {t('attention.allClearText')}
              </span>
            </p>
          ) : (
            <Groups attention={attention} />
          ))
        }
      </LoadState>
    </section>
  );
}

function Groups({ attention }: { attention: Attention }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const day = today();

  return (
    <div className="attention__groups">
      <Group
        id="attention-reviews"
        title={t('attention.reviewsDue')}
        none={t('attention.none.reviewsDue')}
        items={attention.reviewsDue.map((review) => {
          const late = daysBetween(review.dueDate, day);
          return (
            <AttentionItem
              key={review.planId}
              colour={review.teamColour}
              title={review.planTitle}
              href={hashOf('plan', { id: review.planId })}
              context={review.teamName}
              status={
                late > 0
                  ? t('attention.reviewLate', { count: late })
                  : late === 0
                    ? t('attention.reviewToday')
                    : t('attention.reviewIn', { count: -late, date: formatDay(review.dueDate, language) })
              }
              alert={late > 0}
              action={
                <a
                  className="attention__action"
                  href={hashOf('workshop', { id: review.planId })}
                  aria-label={t('attention.startWorkshopOn', { title: review.planTitle })}
                >
                  <Icon name="workshop" size={16} />
                  {t('attention.startWorkshop')}
                </a>
              }
            />
          );
        })}
      />
      <Group
        id="attention-steps"
        title={t('attention.overdueSteps')}
        none={t('attention.none.overdueSteps')}
        total={attention.overdueStepCount}
        items={attention.overdueSteps.map((step) => (
          <AttentionItem
            key={step.id}
            colour={step.teamColour}
            title={step.title}
            href={hashOf('plan', { id: step.planId })}
            context={[step.planTitle, step.owner].filter(Boolean).join(' · ')}
            status={t('attention.stepLate', {
              count: step.dueDate ? daysBetween(step.dueDate, day) : 0,
              date: step.dueDate ? formatDay(step.dueDate, language) : '',
            })}
            alert
          />
        ))}
      />
      <Group
        id="attention-stalling"
        title={t('attention.stallingPlans')}
        none={t('attention.none.stallingPlans')}
        items={attention.stallingPlans.map((plan) => (
          <AttentionItem
            key={plan.planId}
            colour={plan.teamColour}
            title={plan.planTitle}
            href={hashOf('plan', { id: plan.planId })}
            context={plan.teamName}
            status={[
              plan.daysSinceLastDone === null
                ? t('attention.noStepDone')
                : t('attention.noStepDoneFor', { count: plan.daysSinceLastDone }),
              plan.reviewOverdue ? t('attention.reviewOverdue') : '',
            ]
              .filter(Boolean)
              .join(' · ')}
            alert={false}
          />
        ))}
      />
    </div>
  );
}

/** `total` counts the items when the core listed only the first of them. */
function Group({
  id,
  title,
  none,
  items,
  total = items.length,
}: {
  id: string;
  title: string;
  none: string;
  items: ReactNode[];
  total?: number;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, shortList);
  return (
    <section className="attention__group" aria-labelledby={id}>
      <h3 id={id} className="attention__group-title">
        {title}
        <span className={total > 0 ? 'attention__count is-due' : 'attention__count'}>{total}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted small">{none}</p>
      ) : (
        <ul className="attention__items" aria-labelledby={id}>
          {shown}
        </ul>
      )}
      {total > items.length && (
        <p className="muted small">{t('attention.onlyFirst', { count: items.length, total })}</p>
      )}
      {items.length > shortList && (
        <button type="button" className="button button--quiet attention__more" onClick={() => setAll(!all)}>
          {all ? t('attention.showFewer') : t('attention.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}

function AttentionItem({
  colour,
  title,
  href,
  context,
  status,
  alert,
  action,
}: {
  colour: string;
  title: string;
  href: string;
  context: string;
  status: string;
  alert: boolean;
  action?: ReactNode;
}) {
  return (
    <li className="attention__item">
      <Swatch colour={colour} size="small" />
      <div className="attention__text">
        <a className="attention__title clamp-2" href={href} title={title}>
          {title}
        </a>
        <Truncate text={context} className="muted small" />
        <span className={alert ? 'attention__status is-alert' : 'attention__status'}>{status}</span>
        {action}
      </div>
    </li>
  );
}

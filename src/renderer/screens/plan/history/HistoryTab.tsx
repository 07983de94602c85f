import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOf } from '@shared/dates';
import type { Change } from '@shared/domain/history';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { formatDay, formatTime } from '../../../format';
import { mayHaveMore, usePlanHistoryStore } from '../../../stores/planHistoryStore';
import { hashOf } from '../../../stores/routeStore';
import { useLanguage } from '../../../stores/settingsStore';
import type { PlanTabProps } from '../planTabs';
import { describeChange } from './historyText';

/** Initials for a name: "Claire Martin" → "CM"; someone unnamed → "?". */
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toLocaleUpperCase())
    .join('') || '?';

/** Who changed what in the plan, and when: newest first, by day, a page at a time. */
export function HistoryTab({ plan, model }: PlanTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = usePlanHistoryStore((state) => state.changes);
  const status = usePlanHistoryStore((state) => state.status);
  const error = usePlanHistoryStore((state) => state.error);
  const open = usePlanHistoryStore((state) => state.open);
  const load = usePlanHistoryStore((state) => state.load);
  const showMore = usePlanHistoryStore((state) => state.showMore);
  const more = usePlanHistoryStore(mayHaveMore);

  useEffect(() => {
    void open(plan.id);
  }, [open, plan.id]);

  // Changes come newest first: days follow in that order, each with its changes.
  const days: { day: string; changes: Change[] }[] = [];
  for (const change of changes) {
    const day = dayOf(new Date(change.at));
    const last = days.at(-1);
    if (last?.day === day) last.changes.push(change);
    else days.push({ day, changes: [change] });
  }

  return (
    <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
      {() =>
        changes.length === 0 ? (
          <EmptyState icon="history" level={3} title={t('planHistory.emptyTitle')}>
            {t('planHistory.emptyText')}
          </EmptyState>
        ) : (
          <div className="history">
            {changes.some((change) => change.by.trim() === '') && (
              <p className="keyboard-hint">
                {t('planHistory.someoneHint')} <a href={hashOf('settings')}>{t('planHistory.setName')}</a>
              </p>
            )}
            {days.map(({ day, changes: ofDay }) => (
              <section key={day} className="history__day" aria-labelledby={`history-${day}`}>
                <h3 id={`history-${day}`} className="history__date">
                  {formatDay(day, language)}
                </h3>
                <ol className="card history__list">
                  {ofDay.map((change) => {
                    const who = change.by.trim();
                    return (
                      <li key={change.seq} className="history__item">
                        <span className="avatar" aria-hidden="true" title={who}>
                          {initialsOf(who)}
                        </span>
                        <p className="history__text">
                          {describeChange(change, { t, language, plan, model })}
                        </p>
                        <time className="history__time" dateTime={change.at}>
                          {formatTime(change.at, language)}
                        </time>
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
            {more && (
              <button type="button" className="button history__more" onClick={() => void showMore()}>
                {t('planHistory.showMore')}
              </button>
            )}
          </div>
        )
      }
    </LoadState>
  );
}

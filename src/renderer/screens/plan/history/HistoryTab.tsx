import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOf } from '@shared/dates';
import type { Change } from '@shared/domain/history';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { useVirtualRows } from '../../../components/VirtualRows';
import { formatDay, formatTime } from '../../../format';
import { mayHaveMore, usePlanHistoryStore } from '../../../stores/planHistoryStore';
import { hashOf } from '../../../routes';
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

/** Changes shown together: a day's, or part of a long day's (so that long histories render in parts). */
interface Block {
  day: string;
  /** The day's first block, under its date. */
  first: boolean;
  changes: Change[];
}

const blockSize = 50;

/** Changes come newest first: days follow in that order, each with its changes, in blocks. */
function blocksOf(changes: readonly Change[]): Block[] {
  const blocks: Block[] = [];
  for (const change of changes) {
    const day = dayOf(new Date(change.at));
    const last = blocks.at(-1);
    if (last?.day === day && last.changes.length < blockSize) last.changes.push(change);
    else blocks.push({ day, first: last?.day !== day, changes: [change] });
  }
  return blocks;
}

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

  const blocks = useMemo(() => blocksOf(changes), [changes]);
  const { attachList, indexes, before, after, measure } = useVirtualRows<HTMLDivElement>(blocks.length, 400);

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
            <div
              className="history__days"
              ref={attachList}
              style={{ paddingTop: before, paddingBottom: after }}
            >
              {indexes.map((index) => {
                const { day, first, changes: ofBlock } = blocks[index] as Block;
                const list = (
                  <ol className="card history__list">
                    {ofBlock.map((change) => {
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
                );
                // A day's first block carries its date; a long day goes on in blocks of its own.
                return first ? (
                  <section
                    key={`${day}-${index}`}
                    ref={measure}
                    data-index={index}
                    className="history__day"
                    aria-labelledby={`history-${day}`}
                  >
                    <h3 id={`history-${day}`} className="history__date">
                      {formatDay(day, language)}
                    </h3>
                    {list}
                  </section>
                ) : (
                  <div key={`${day}-${index}`} ref={measure} data-index={index} className="history__day">
                    {list}
                  </div>
                );
              })}
            </div>
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

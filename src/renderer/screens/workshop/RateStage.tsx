import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { voteSpread } from '@shared/calc/votes';
import type { Dimension } from '@shared/domain/models';
import type { Target } from '@shared/domain/plans';
import type { WorkshopView } from '@shared/domain/workshop';
import { asApiError } from '../../api';
import { ChoiceGroup, focusChoiceGroup } from '../../components/ChoiceGroup';
import { Icon } from '../../components/Icon';
import { describeError } from '../../errors';
import { formatDay, localName } from '../../format';
import { useLanguage } from '../../stores/settingsStore';
import { showError } from '../../stores/toastStore';
import { noVotes, useWorkshopStore } from '../../stores/workshopStore';
import { dimensionDescription, levelChoices, levelLabel } from '../assess/modelParts';
import { dimensionsToRate, votesOf } from './agenda';
import { VoteSpread } from './VoteSpread';

interface RateItem {
  dimension: Dimension;
  target: Target | undefined;
}

/**
 * Part 2: rating the dimensions together. The plan's targeted dimensions first, the others on demand;
 * for each, the votes (one per participant, or counted from a show of hands), their spread, and the
 * level agreed, which is recorded in the review's assessment.
 */
export function RateStage({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { targeted, others } = dimensionsToRate(view);
  const agreed = new Map(view.assessment?.scores.map((s) => [s.dimensionId, s.level]));
  const [showOthers, setShowOthers] = useState(
    () => targeted.length === 0 || others.some((d) => agreed.has(d.id)),
  );
  const items: RateItem[] = [
    ...targeted,
    ...(showOthers ? others.map((dimension) => ({ dimension, target: undefined })) : []),
  ];
  const [currentId, setCurrentId] = useState(
    () => (items.find((i) => !agreed.has(i.dimension.id)) ?? items[0])?.dimension.id,
  );
  const current = items.find((item) => item.dimension.id === currentId) ?? items[0];
  const listRef = useRef<HTMLUListElement>(null);
  // The votes take focus when a dimension opens, except while the list is walked with the arrows.
  const [focusVotes, setFocusVotes] = useState(true);
  const open = (dimensionId: string, withFocus: boolean) => {
    setFocusVotes(withFocus);
    setCurrentId(dimensionId);
  };

  const nextAfter = (dimensionId: string) => {
    const index = items.findIndex((item) => item.dimension.id === dimensionId);
    return [...items.slice(index + 1), ...items.slice(0, index)].find(
      (item) => !agreed.has(item.dimension.id) && item.dimension.id !== dimensionId,
    );
  };

  const onListKey = (event: KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const next = items[index + delta];
    if (delta === 0 || !next) return;
    event.preventDefault();
    open(next.dimension.id, false);
    listRef.current?.querySelectorAll<HTMLElement>('button[data-dimension]')[index + delta]?.focus();
  };

  if (items.length === 0) return <p className="workshop-stage__intro">{t('workshop.rate.noDimensions')}</p>;

  const row = (item: RateItem, index: number) => {
    const level = agreed.get(item.dimension.id);
    const selected = item.dimension.id === current?.dimension.id;
    return (
      <li key={item.dimension.id}>
        <button
          type="button"
          data-dimension={item.dimension.id}
          className={selected ? 'workshop-dimension is-current' : 'workshop-dimension'}
          aria-current={selected ? 'true' : undefined}
          tabIndex={selected ? 0 : -1}
          onClick={() => open(item.dimension.id, true)}
          onKeyDown={(event) => onListKey(event, index)}
        >
          <span className="workshop-dimension__name">{localName(item.dimension, language)}</span>
          {level !== undefined ? (
            <span className="workshop-dimension__agreed">
              <Icon name="check" size={16} />
              {t('workshop.rate.agreedShort', { level })}
            </span>
          ) : (
            item.target && (
              <span className="workshop-dimension__target">
                {t('workshop.rate.targetShort', { level: item.target.targetLevel })}
              </span>
            )
          )}
        </button>
      </li>
    );
  };

  return (
    <>
      <p className="workshop-stage__intro">{t('workshop.rate.intro')}</p>
      <div className="workshop-rate">
        <div className="workshop-rate__list">
          <ul ref={listRef} aria-label={t('workshop.rate.listLabel')}>
            {targeted.length > 0 && <li className="workshop-rate__group">{t('workshop.rate.targeted')}</li>}
            {items.slice(0, targeted.length).map((item, i) => row(item, i))}
            {showOthers && targeted.length > 0 && others.length > 0 && (
              <li className="workshop-rate__group">{t('workshop.rate.others')}</li>
            )}
            {items.slice(targeted.length).map((item, i) => row(item, targeted.length + i))}
          </ul>
          {others.length > 0 && targeted.length > 0 && (
            <button type="button" className="button" onClick={() => setShowOthers(!showOthers)}>
              {showOthers
                ? t('workshop.rate.hideOthers')
                : t('workshop.rate.showOthers', { count: others.length })}
            </button>
          )}
        </div>
        {current && (
          <RatePanel
            key={current.dimension.id}
            view={view}
            item={current}
            agreedLevel={agreed.get(current.dimension.id)}
            focusVotes={focusVotes}
            onRecorded={() => {
              const next = nextAfter(current.dimension.id);
              if (next) open(next.dimension.id, true);
            }}
          />
        )}
      </div>
    </>
  );
}

/** One dimension being rated: before and target, the votes, their spread and the level agreed. */
function RatePanel({
  view,
  item,
  agreedLevel,
  focusVotes,
  onRecorded,
}: {
  view: WorkshopView;
  item: RateItem;
  agreedLevel: number | undefined;
  focusVotes: boolean;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const agreedId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const typed = useWorkshopStore((state) => state.votes[item.dimension.id]) ?? noVotes;
  const setVotes = useWorkshopStore((state) => state.setVotes);
  const rate = useWorkshopStore((state) => state.rate);
  const [chosen, setChosen] = useState<number | null>(null);
  const [recording, setRecording] = useState(false);
  const { dimension, target } = item;
  const participants = view.review?.participants ?? [];
  const levels = view.model.levels.map((level) => level.value);
  const scale = { min: Math.min(...levels), max: Math.max(...levels) };
  const { votes, handsReadable } = votesOf(typed, participants, scale);
  const spread = voteSpread(votes);
  const level = chosen ?? spread?.proposed ?? agreedLevel ?? null;
  const previous = view.previousLevels.find((l) => l.dimensionId === dimension.id);
  const levelOf = (value: number) => view.model.levels.find((l) => l.value === value);
  const named = (value: number) => {
    const found = levelOf(value);
    return found ? levelLabel(found, language) : String(value);
  };

  // Votes are typed first: the first participant's field, else the show of hands.
  useEffect(() => {
    if (focusVotes) panel.current?.querySelector<HTMLElement>('input')?.focus();
  }, [focusVotes]);

  // After the last vote, the agreed level takes the focus once the proposal it shows is the new one.
  const focusAgreed = useRef(false);
  useEffect(() => {
    if (!focusAgreed.current) return;
    focusAgreed.current = false;
    focusChoiceGroup(document.getElementById(agreedId));
  });

  const record = async () => {
    if (level === null || !view.review || recording) return;
    setRecording(true);
    try {
      await rate({
        reviewId: view.review.id,
        dimensionId: dimension.id,
        level,
        evidence: votes.length > 0 ? t('workshop.rate.evidence', { votes: votes.join(', ') }) : '',
      });
      onRecorded();
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    } finally {
      setRecording(false);
    }
  };

  const typeVote = (name: string, text: string, index: number) => {
    setChosen(null);
    setVotes(dimension.id, { ...typed, byParticipant: { ...typed.byParticipant, [name]: text } });
    // One digit is a whole vote on a scale up to 9: on to the next participant, then to the agreed level.
    if (/^\d$/.test(text) && scale.max <= 9) {
      const inputs = panel.current?.querySelectorAll<HTMLElement>('input[data-participant]');
      const next = inputs?.[index + 1];
      if (next) next.focus();
      else focusAgreed.current = true;
    }
  };

  return (
    <div className="workshop-rate__panel" ref={panel} aria-labelledby={headingId} role="group">
      <h3 id={headingId} className="workshop-rate__title">
        {localName(dimension, language)}
      </h3>
      {dimension.description && <p className="workshop-muted">{dimensionDescription(dimension, language)}</p>}
      <dl className="workshop-facts">
        <div>
          <dt>{t('workshop.rate.before')}</dt>
          <dd>
            {previous
              ? t('workshop.rate.beforeOn', {
                  level: named(previous.level),
                  date: formatDay(previous.date, language),
                })
              : t('workshop.rate.notRated')}
          </dd>
        </div>
        {target && (
          <div>
            <dt>{t('workshop.rate.target')}</dt>
            <dd>
              {t('workshop.rate.targetBy', {
                level: named(target.targetLevel),
                date: formatDay(target.targetDate, language),
              })}
            </dd>
          </div>
        )}
        {agreedLevel !== undefined && (
          <div>
            <dt>{t('workshop.rate.recordedTitle')}</dt>
            <dd className="workshop-facts__recorded">
              <Icon name="check" />
              {named(agreedLevel)}
            </dd>
          </div>
        )}
      </dl>

      <fieldset className="workshop-votes">
        <legend>{t('workshop.rate.votes')}</legend>
        {participants.length > 0 && (
          <div className="workshop-votes__people">
            {participants.map((name, index) => (
              <label key={name} className="workshop-vote">
                <span className="workshop-vote__name" title={name}>
                  {name}
                </span>
                <input
                  type="text"
                  inputMode="numeric"
                  data-participant={name}
                  aria-label={t('workshop.rate.voteOf', { name })}
                  maxLength={2}
                  value={typed.byParticipant[name] ?? ''}
                  onChange={(e) => typeVote(name, e.target.value.trim(), index)}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter') return;
                    e.preventDefault();
                    void record();
                  }}
                />
              </label>
            ))}
          </div>
        )}
        <label className="workshop-hands">
          <span>{t('workshop.rate.hands')}</span>
          <input
            type="text"
            value={typed.hands}
            aria-invalid={!handsReadable || undefined}
            aria-describedby={`${headingId}-hands`}
            placeholder="3x2 2x3"
            onChange={(e) => {
              setChosen(null);
              setVotes(dimension.id, { ...typed, hands: e.target.value });
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void record();
            }}
          />
        </label>
        <p id={`${headingId}-hands`} className={handsReadable ? 'workshop-muted' : 'workshop-problem'}>
          {handsReadable ? t('workshop.rate.handsHint') : t('workshop.rate.handsUnreadable')}
        </p>
      </fieldset>

      <VoteSpread spread={spread} levels={levels} />

      <div className="workshop-agreed">
        <span className="workshop-agreed__label" id={`${agreedId}-label`}>
          {t('workshop.rate.agreed')}
          {spread && (
            <span className="workshop-muted">
              {' '}
              · {t('workshop.rate.proposed', { level: spread.proposed })}
            </span>
          )}
        </span>
        <div id={agreedId}>
          <ChoiceGroup
            choices={levelChoices(view.model, language)}
            value={level}
            labelledBy={`${agreedId}-label`}
            className="choice-group--agreed"
            onChange={setChosen}
            onConfirm={() => void record()}
          />
        </div>
        <button
          type="button"
          className="button button--primary button--large"
          aria-disabled={level === null || recording}
          onClick={() => void record()}
        >
          {level === null ? t('workshop.rate.chooseLevel') : t('workshop.rate.record', { level })}
        </button>
      </div>
    </div>
  );
}

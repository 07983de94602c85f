import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '@shared/domain/workshop';
import type { Messages } from '../../i18n/en';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { UndoRedoButtons } from '../../components/UndoRedo';
import { formatDay } from '../../format';
import { teamAndClient } from '../../i18n/labels';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { useWorkshopStore } from '../../stores/workshopStore';
import { stageAfter, stageOf, stages, type Stage } from './agenda';
import { CaptureStage } from './CaptureStage';
import { DecisionsStage } from './DecisionsStage';
import { RateStage } from './RateStage';
import { StepsStage } from './StepsStage';
import { SummaryStage } from './SummaryStage';
import { WorkshopStart } from './WorkshopStart';

/**
 * Workshop mode, `#/workshop/<planId>?review=<reviewId>&stage=<stage>`: a full-screen, high-contrast
 * walk through a review's agenda, for a projector and a keyboard. Escape leaves it; PageDown and PageUp
 * (what a presenter's remote sends) move along the agenda.
 */
export function WorkshopScreen() {
  const { t } = useTranslation();
  const params = useRouteStore((state) => state.route.params);
  const view = useWorkshopStore((state) => state.view);
  const status = useWorkshopStore((state) => state.status);
  const error = useWorkshopStore((state) => state.error);
  const open = useWorkshopStore((state) => state.open);
  const reload = useWorkshopStore((state) => state.reload);
  const navigate = useRouteStore((state) => state.navigate);
  const planId = params.id;
  const reviewId = params.review;

  useEffect(() => {
    if (planId) void open({ planId, ...(reviewId ? { reviewId } : {}) });
  }, [open, planId, reviewId]);

  // The review is gone (its start was undone): back to the start of a workshop on the plan.
  const reviewGone = planId !== undefined && reviewId !== undefined && error?.code === 'not-found';
  useEffect(() => {
    if (reviewGone) navigate('workshop', { id: planId });
  }, [reviewGone, navigate, planId]);

  if (!planId) {
    return (
      <div className="workshop">
        <PageHeader title={t('workshop.noPlanTitle')} />
        <EmptyState
          icon="plans"
          title={t('workshop.noPlanTitle')}
          actions={
            <a className="button button--primary" href={hashOf('plans')}>
              {t('workshop.goToPlans')}
            </a>
          }
        >
          {t('workshop.noPlanText')}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="workshop">
      <LoadState parts={[{ status, error }]} onRetry={() => void reload()}>
        {() => view && <Workshop view={view} stage={stageOf(params.stage)} />}
      </LoadState>
    </div>
  );
}

function Workshop({ view, stage }: { view: WorkshopView; stage: Stage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const { plan, team, review } = view;
  const leave = () => navigate('plan', { id: plan.id });
  const goTo = (next: Stage) =>
    review && navigate('workshop', { id: plan.id, review: review.id, stage: next });

  // Latest handlers for the one listener below.
  const keys = { leave, goTo, stage, started: review !== null };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        keys.leave();
      } else if ((event.key === 'PageDown' || event.key === 'PageUp') && keys.started) {
        const next = stageAfter(keys.stage, event.key === 'PageDown' ? 1 : -1);
        event.preventDefault();
        if (next) keys.goTo(next);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const subtitle = [
    teamAndClient(t, team.name, team.client),
    review ? formatDay(review.date, language) : null,
    review && review.participants.length > 0
      ? t('workshop.participantCount', { count: review.participants.length })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={
          <>
            <span className="workshop__eyebrow">{t('workshop.eyebrow')}</span> {subtitle}
          </>
        }
        actions={
          <>
            <UndoRedoButtons />
            <button
              type="button"
              className="button workshop__leave"
              aria-keyshortcuts="Escape"
              onClick={leave}
            >
              {t('workshop.leave')} <kbd>Esc</kbd>
            </button>
          </>
        }
      />
      {review === null ? (
        <WorkshopStart view={view} />
      ) : (
        <>
          <nav className="workshop-agenda" aria-label={t('workshop.agendaLabel')}>
            <ol>
              {stages.map((s, i) => (
                <li key={s}>
                  <a
                    href={hashOf('workshop', { id: plan.id, review: review.id, stage: s })}
                    aria-current={s === stage ? 'step' : undefined}
                  >
                    {s !== 'summary' && <span className="workshop-agenda__number">{i + 1}</span>}
                    {t(`workshop.stages.${s}`)}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <StageFrame stage={stage} onGo={goTo}>
            {stage === 'steps' && <StepsStage view={view} />}
            {stage === 'rate' && <RateStage view={view} />}
            {stage === 'capture' && <CaptureStage view={view} />}
            {stage === 'decisions' && <DecisionsStage view={view} />}
            {stage === 'summary' && <SummaryStage view={view} onFinish={leave} />}
          </StageFrame>
        </>
      )}
    </>
  );
}

/** One part of the agenda: its title, its content, the way on, and the keys that work in it. */
function StageFrame({
  stage,
  onGo,
  children,
}: {
  stage: Stage;
  onGo: (stage: Stage) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const previous = stageAfter(stage, -1);
  const next = stageAfter(stage, 1);
  const number = stages.indexOf(stage) + 1;
  return (
    <section className="workshop-stage" aria-labelledby="workshop-stage-title" key={stage}>
      <h2 id="workshop-stage-title" className="workshop-stage__title">
        {stage !== 'summary' && <span className="workshop-stage__number">{number}.</span>}{' '}
        {t(`workshop.stageTitles.${stage}`)}
      </h2>
      {children}
      <div className="workshop-stage__nav">
        {previous && (
          <button type="button" className="button" aria-keyshortcuts="PageUp" onClick={() => onGo(previous)}>
            {t('workshop.previous', { stage: t(`workshop.stages.${previous}`) })}
          </button>
        )}
        {next && (
          <button
            type="button"
            className="button button--primary"
            aria-keyshortcuts="PageDown"
            onClick={() => onGo(next)}
          >
            {t('workshop.next', { stage: t(`workshop.stages.${next}`) })}
          </button>
        )}
      </div>
      <KeyLegend stage={stage} />
    </section>
  );
}

type KeyUse = keyof Messages['workshop']['keys'];

/** The keys each part of the agenda adds, with what they do. */
const stageKeys: Record<Stage, [keys: string, use: KeyUse][]> = {
  steps: [
    ['↑ ↓', 'chooseStep'],
    ['1 2 3 4', 'moveStep'],
  ],
  rate: [
    ['↑ ↓', 'chooseDimension'],
    ['0–9', 'vote'],
    ['Enter', 'record'],
  ],
  capture: [['Enter', 'addStep']],
  decisions: [['Enter', 'addDecision']],
  summary: [],
};

/** The keys of this part of the agenda, then those that work everywhere in the workshop. */
function KeyLegend({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const keys: [string, string][] = [
    ...stageKeys[stage].map(([key, what]): [string, string] => [key, t(`workshop.keys.${what}`)]),
    ['PgDn', t('workshop.keys.next')],
    ['PgUp', t('workshop.keys.previous')],
    ['Ctrl+Z', t('workshop.keys.undo')],
    ['Esc', t('workshop.keys.leave')],
  ];
  return (
    <div className="workshop-keys">
      <span className="workshop-keys__label">{t('workshop.keysLabel')}</span>
      <dl>
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '@shared/domain/workshop';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useFormError } from '../../components/useFormError';
import { formatDay, today } from '../../format';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { useWorkshopStore } from '../../stores/workshopStore';
import { agendaSteps, dimensionsToRate } from './agenda';

/** Before the workshop: its date and who takes part; starting it records the review. */
export function WorkshopStart({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const startWorkshop = useWorkshopStore((state) => state.start);
  const [date, setDate] = useState(today);
  const [participants, setParticipants] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [starting, setStarting] = useState(false);
  const formError = useFormError();
  const { plan } = view;
  const steps = agendaSteps(view, today());
  const overdue = steps.filter((s) => s.overdue).length;
  const targeted = dimensionsToRate(view).targeted.length;
  const earlier = plan.reviews.filter((review) => review.kind === 'workshop').slice(0, 3);

  const addParticipant = () => {
    const names = name
      .split(/[,;]/)
      .map((n) => n.trim())
      .filter((n) => n !== '' && !participants.includes(n));
    if (names.length > 0) setParticipants([...participants, ...names]);
    setName('');
  };

  const start = async () => {
    if (starting) return;
    setStarting(true);
    try {
      // A name typed but not added yet is meant to take part too.
      const typed = name.trim() && !participants.includes(name.trim()) ? [name.trim()] : [];
      const review = await startWorkshop({
        planId: plan.id,
        date,
        participants: [...participants, ...typed],
      });
      navigate('workshop', { id: plan.id, review: review.id, stage: 'steps' });
    } catch (caught) {
      formError.fail(caught);
      setStarting(false);
    }
  };

  return (
    <section className="workshop-stage workshop-start" aria-labelledby="workshop-start-title">
      <h2 id="workshop-start-title" className="workshop-stage__title">
        {t('workshop.start.title')}
      </h2>
      <p className="workshop-stage__intro">{t('workshop.start.intro')}</p>
      <div className="workshop-start__columns">
        <form
          className="workshop-start__form"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <Field label={t('workshop.start.date')} required invalid={formError.invalid('date')}>
            {(props) => (
              <input {...props} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            )}
          </Field>
          <Field
            label={t('workshop.start.participants')}
            hint={t('workshop.start.participantsHint')}
            invalid={formError.invalid('participants')}
          >
            {(props) => (
              <div className="workshop-start__add">
                <input
                  {...props}
                  type="text"
                  value={name}
                  placeholder={t('workshop.start.participantPlaceholder')}
                  onChange={(e) => setName(e.target.value)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter' || name.trim() === '') return;
                    event.preventDefault();
                    addParticipant();
                  }}
                />
                <button type="button" className="button" onClick={addParticipant}>
                  <Icon name="plus" />
                  {t('workshop.start.addParticipant')}
                </button>
              </div>
            )}
          </Field>
          {participants.length > 0 ? (
            <ul className="workshop-chips" aria-label={t('workshop.start.participants')}>
              {participants.map((participant) => (
                <li key={participant} className="workshop-chip">
                  {participant}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('workshop.start.removeParticipant', { name: participant })}
                    onClick={() => setParticipants(participants.filter((p) => p !== participant))}
                  >
                    <Icon name="close" size={16} />
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="workshop-muted">{t('workshop.start.noParticipants')}</p>
          )}
          {formError.message && <ErrorAlert>{formError.message}</ErrorAlert>}
          <div>
            <button type="submit" className="button button--primary button--large" aria-disabled={starting}>
              {t('workshop.start.begin')}
            </button>
          </div>
        </form>
        <div className="workshop-start__agenda">
          <h3>{t('workshop.start.agenda')}</h3>
          <ol>
            <li>
              {t('workshop.start.agendaSteps', { count: steps.length })}
              {overdue > 0 && <> · {t('workshop.start.agendaOverdue', { count: overdue })}</>}
            </li>
            <li>{t('workshop.start.agendaRate', { count: targeted })}</li>
            <li>{t('workshop.start.agendaCapture')}</li>
            <li>{t('workshop.start.agendaDecisions')}</li>
          </ol>
          <p className="workshop-muted">{t('workshop.start.agendaSummary')}</p>
          {earlier.length > 0 && (
            <>
              <h3>{t('workshop.start.earlier')}</h3>
              <ul className="workshop-start__earlier">
                {earlier.map((review) => (
                  <li key={review.id}>
                    <a href={hashOf('workshop', { id: plan.id, review: review.id, stage: 'summary' })}>
                      {t('workshop.start.resume', { date: formatDay(review.date, language) })}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '@shared/domain/assessments';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { localName } from '../../format';
import { assessmentById, useAssessmentStore } from '../../stores/assessmentStore';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentList } from './AssessmentList';
import { DimensionHistory } from './DimensionHistory';
import { dimensionsByAxis } from './modelParts';

/**
 * Rating a team: `#/assess/<teamId>?model=<modelId>&assessment=<assessmentId>`. The grid of the model's
 * dimensions, the history of the dimension in focus and the team's past assessments.
 */
export function AssessScreen() {
  const { t } = useTranslation();
  const params = useRouteStore((state) => state.route.params);
  const overview = useAssessmentStore((state) => state.overview);
  const status = useAssessmentStore((state) => state.status);
  const error = useAssessmentStore((state) => state.error);
  const open = useAssessmentStore((state) => state.open);
  const reload = useAssessmentStore((state) => state.reload);
  const teamId = params.id;
  const modelId = params.model;

  useEffect(() => {
    if (teamId) void open({ teamId, ...(modelId ? { modelId } : {}) });
  }, [open, teamId, modelId]);

  if (!teamId) {
    return (
      <>
        <PageHeader title={t('assess.noTeamTitle')} />
        <EmptyState
          icon="teams"
          title={t('assess.noTeamTitle')}
          actions={
            <a className="button button--primary" href={hashOf('teams')}>
              {t('assess.goToTeams')}
            </a>
          }
        >
          {t('assess.noTeamText')}
        </EmptyState>
      </>
    );
  }
  return (
    <LoadState parts={[{ status, error }]} onRetry={() => void reload()}>
      {() => overview && <Assessments overview={overview} assessmentId={params.assessment} />}
    </LoadState>
  );
}

function Assessments({
  overview,
  assessmentId,
}: {
  overview: AssessmentOverview;
  assessmentId: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const modelFieldId = useId();
  const { team, model, models, assessments } = overview;
  const assessment = assessmentById(overview, assessmentId);
  const firstDimension = model ? dimensionsByAxis(model)[0]?.dimensions[0]?.id : undefined;
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = model?.dimensions.find((d) => d.id === (activeId ?? firstDimension));

  // The title names the team: its client and the model it is rated on are what the subtitle adds.
  const subtitle = [team.client, model && models.length === 1 ? localName(model, language) : null]
    .filter(Boolean)
    .join(' · ');
  const actions = model && (
    <>
      {models.length > 1 && (
        <div className="filter">
          <label htmlFor={modelFieldId}>{t('assess.model')}</label>
          <select
            id={modelFieldId}
            value={model.id}
            onChange={(event) => navigate('assess', { id: team.id, model: event.target.value })}
          >
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {localName(m, language)}
              </option>
            ))}
          </select>
        </div>
      )}
      {assessment && (
        <a className="button button--primary" href={hashOf('assess', { id: team.id, model: model.id })}>
          <Icon name="plus" />
          {t('assess.newAssessment')}
        </a>
      )}
    </>
  );

  return (
    <>
      <PageHeader title={t('assess.title', { team: team.name })} subtitle={subtitle} actions={actions} />
      {model === null ? (
        <EmptyState
          icon="plans"
          title={t('assess.noModelTitle')}
          actions={
            <a className="button button--primary" href={hashOf('plans', { team: team.id })}>
              {t('assess.goToPlans')}
            </a>
          }
        >
          {t('assess.noModelText', { team: team.name })}
        </EmptyState>
      ) : (
        <div className="assess-layout">
          <AssessmentEditor
            // A fresh grid for each assessment, and again when it changed elsewhere (an undo).
            key={assessment ? `${assessment.id}:${versionOf(assessment)}` : 'new'}
            teamId={team.id}
            model={model}
            assessments={assessments}
            assessment={assessment}
            activeId={active?.id ?? null}
            onActive={setActiveId}
          />
          <aside className="assess-side" aria-label={t('assess.sideLabel')}>
            <AssessmentList
              assessments={assessments}
              openId={assessment?.id}
              teamId={team.id}
              modelId={model.id}
            />
            {active && <DimensionHistory dimension={active} model={model} assessments={assessments} />}
          </aside>
        </div>
      )}
    </>
  );
}

/** Changes whenever the assessment or one of its scores is written. */
const versionOf = (assessment: AssessmentOverview['assessments'][number]) =>
  [assessment.updatedAt, ...assessment.scores.map((score) => score.updatedAt).sort()].join('|') +
  `#${assessment.scores.length}`;

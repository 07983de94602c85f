import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SurveyStatusBadge } from '../../components/Badges';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { Swatch, Truncate } from '../../components/Text';
import { teamAndClient } from '../../i18n/labels';
import { formatPeriod } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { useSurveyStore } from '../../stores/surveyStore';
import { activeTeams, teamById, useTeamStore } from '../../stores/teamStore';
import { NewSurveyDialog } from './NewSurveyDialog';

export function SurveysScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const surveys = useSurveyStore((state) => state.surveys);
  const surveyStatus = useSurveyStore((state) => state.status);
  const surveyError = useSurveyStore((state) => state.error);
  const loadSurveys = useSurveyStore((state) => state.load);
  const teams = useTeamStore((state) => state.teams);
  const teamStatus = useTeamStore((state) => state.status);
  const teamError = useTeamStore((state) => state.error);
  const loadTeams = useTeamStore((state) => state.load);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadSurveys();
    void loadTeams();
  }, [loadSurveys, loadTeams]);

  const hasTeams = activeTeams(teams).length > 0;
  const newSurveyButton = hasTeams && (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <Icon name="plus" />
      {t('surveys.newSurvey')}
    </button>
  );

  return (
    <>
      <PageHeader title={t('surveys.title')} subtitle={t('surveys.subtitle')} actions={newSurveyButton} />
      <LoadState
        parts={[
          { status: surveyStatus, error: surveyError },
          { status: teamStatus, error: teamError },
        ]}
        onRetry={() => {
          void loadSurveys();
          void loadTeams();
        }}
      >
        {() =>
          surveys.length === 0 ? (
            <EmptyState
              icon="surveys"
              title={t('surveys.emptyTitle')}
              actions={
                hasTeams ? (
                  newSurveyButton
                ) : (
                  <a className="button button--primary" href={hashOf('teams')}>
                    {t('surveys.goToTeams')}
                  </a>
                )
              }
            >
              {hasTeams ? t('surveys.emptyText') : t('surveys.noTeamText')}
            </EmptyState>
          ) : (
            <div className="table-card">
              <table className="table" aria-label={t('surveys.listLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.columns.title')}</th>
                    <th scope="col" className="col-period">
                      {t('surveys.columns.period')}
                    </th>
                    <th scope="col" className="col-status">
                      {t('surveys.columns.status')}
                    </th>
                    <th scope="col" className="col-scale">
                      {t('surveys.columns.scale')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {surveys.map((survey) => {
                    const team = teamById(teams, survey.teamId);
                    return (
                      <tr key={survey.id}>
                        <th scope="row">
                          <div className="stacked">
                            <a
                              className="clamp-2 strong"
                              title={survey.title}
                              href={hashOf('survey', { id: survey.id })}
                            >
                              {survey.title}
                            </a>
                            {team ? (
                              <span className="team-name muted small">
                                <Swatch colour={team.colour} size="small" />
                                <Truncate text={teamAndClient(t, team.name, team.client)} />
                              </span>
                            ) : (
                              <span className="muted small">{t('surveys.unknownTeam')}</span>
                            )}
                          </div>
                        </th>
                        <td className="col-period">
                          {formatPeriod(survey.periodStart, survey.periodEnd, language)}
                        </td>
                        <td className="col-status">
                          <SurveyStatusBadge status={survey.status} />
                        </td>
                        <td className="col-scale nowrap">
                          {t('surveys.scale', { min: survey.scaleMin, max: survey.scaleMax })}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
      {creating && <NewSurveyDialog onClose={() => setCreating(false)} />}
    </>
  );
}

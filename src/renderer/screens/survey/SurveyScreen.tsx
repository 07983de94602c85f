import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyPage } from '@shared/domain/surveys';
import { SurveyStatusBadge } from '../../components/Badges';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { Swatch } from '../../components/Text';
import { Tabs } from '../../components/Tabs';
import { formatPeriod } from '../../format';
import { teamAndClient } from '../../i18n/labels';
import { useRouteStore } from '../../stores/routeStore';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { followSurveyPageChanges, useSurveyPageStore } from '../../stores/surveyPageStore';
import { QuestionnairePanel } from './QuestionnairePanel';
import { ResponsesPanel } from './ResponsesPanel';
import { ResultsPanel } from './ResultsPanel';
import { SurveyDetailsDialog } from './SurveyDetailsDialog';

const sections = ['questionnaire', 'responses', 'results'] as const;
type Section = (typeof sections)[number];
const isSection = (name: string | undefined): name is Section =>
  (sections as readonly (string | undefined)[]).includes(name);

export function SurveyScreen() {
  const { t } = useTranslation();
  const id = useRouteStore((state) => state.route.params.id);
  const page = useSurveyPageStore((state) => state.page);
  const status = useSurveyPageStore((state) => state.status);
  const error = useSurveyPageStore((state) => state.error);
  const open = useSurveyPageStore((state) => state.open);

  useEffect(() => {
    if (id) void open(id);
  }, [id, open]);
  useEffect(() => followSurveyPageChanges(), []);

  if (!id) {
    return (
      <>
        <PageHeader title={t('survey.notFoundTitle')} />
        <EmptyState
          icon="surveys"
          title={t('survey.notFoundTitle')}
          actions={
            <a className="button" href={hashOf('surveys')}>
              {t('survey.backToSurveys')}
            </a>
          }
        >
          {t('survey.notFoundText')}
        </EmptyState>
      </>
    );
  }
  return (
    <LoadState parts={[{ status, error }]} onRetry={() => void open(id)}>
      {() => page && page.survey.id === id && <SurveyView key={id} page={page} />}
    </LoadState>
  );
}

function SurveyView({ page }: { page: SurveyPage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const asked = useRouteStore((state) => state.route.params.tab);
  const [editing, setEditing] = useState(false);
  const { survey, team } = page;
  // A campaign without answers opens on the grid, one with answers on its results; typing the first
  // answers does not move the user away from the grid.
  const [opening] = useState<Section>(survey.responses.length > 0 ? 'results' : 'responses');
  const section: Section = isSection(asked) ? asked : opening;

  return (
    <div className="survey">
      <a className="back-link" href={hashOf('surveys')}>
        <Icon name="arrowLeft" size={16} />
        {t('survey.backToSurveys')}
      </a>
      <PageHeader
        title={survey.title}
        subtitle={
          <span className="survey__facts">
            <span className="team-name">
              <Swatch colour={team.colour} size="small" />
              {teamAndClient(t, team.name, team.client)}
            </span>
            <span>{formatPeriod(survey.periodStart, survey.periodEnd, language)}</span>
            <span>{t('survey.scaleOf', { min: survey.scaleMin, max: survey.scaleMax })}</span>
            <SurveyStatusBadge status={survey.status} />
          </span>
        }
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)}>
            <Icon name="edit" />
            {t('survey.editDetails')}
          </button>
        }
      />
      <Tabs
        label={t('survey.sectionsLabel')}
        tabs={[
          { key: 'questionnaire', label: t('survey.sections.questionnaire', { count: survey.items.length }) },
          { key: 'responses', label: t('survey.sections.responses', { count: survey.responses.length }) },
          { key: 'results', label: t('survey.sections.results') },
        ]}
        selected={section}
        onSelect={(tab) => navigate('survey', { id: survey.id, tab })}
      >
        {section === 'questionnaire' && <QuestionnairePanel survey={survey} />}
        {section === 'responses' && <ResponsesPanel survey={survey} />}
        {section === 'results' && <ResultsPanel page={page} />}
      </Tabs>
      {editing && <SurveyDetailsDialog survey={survey} onClose={() => setEditing(false)} />}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSummary } from '@shared/domain/teams';
import { call } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormError } from '../../components/useFormError';
import { showSuccess } from '../../stores/toastStore';
import { useTeamStore } from '../../stores/teamStore';

interface Belongings {
  plans: number;
  assessments: number;
  surveys: number;
}

/** Asks before deleting a team, saying what goes with it. */
export function DeleteTeamDialog({ team, onClose }: { team: TeamSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useTeamStore((state) => state.remove);
  const [belongings, setBelongings] = useState<Belongings | null>(null);
  const loadError = useFormError();
  const { fail } = loadError;

  useEffect(() => {
    let current = true;
    Promise.all([
      call('assessment.list', { teamId: team.id }),
      call('survey.list', { teamId: team.id }),
    ]).then(
      ([assessments, surveys]) => {
        if (current)
          setBelongings({ plans: team.planCount, assessments: assessments.length, surveys: surveys.length });
      },
      (caught: unknown) => {
        if (current) fail(caught);
      },
    );
    return () => {
      current = false;
    };
  }, [team.id, team.planCount, fail]);

  const lines = belongings
    ? [
        belongings.plans > 0 && t('teams.deletePlans', { count: belongings.plans }),
        belongings.assessments > 0 && t('teams.deleteAssessments', { count: belongings.assessments }),
        belongings.surveys > 0 && t('teams.deleteSurveys', { count: belongings.surveys }),
      ].filter((line): line is string => typeof line === 'string')
    : [];

  return (
    <ConfirmDialog
      title={t('teams.deleteTitle', { name: team.name })}
      confirmLabel={t('teams.deleteConfirm')}
      ready={belongings !== null}
      onConfirm={async () => {
        await remove(team.id);
        showSuccess(t('teams.deletedToast', { name: team.name }));
      }}
      onClose={onClose}
    >
      {loadError.message && <ErrorAlert>{loadError.message}</ErrorAlert>}
      {belongings === null ? (
        !loadError.message && <p className="muted">{t('teams.deleteCounting')}</p>
      ) : (
        <>
          <p>{t('teams.deleteIntro', { name: team.name })}</p>
          {lines.length > 0 ? (
            <ul className="delete-list">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('teams.deleteNothingElse')}</p>
          )}
          <p className="muted">{t('teams.deleteUndo')}</p>
        </>
      )}
    </ConfirmDialog>
  );
}

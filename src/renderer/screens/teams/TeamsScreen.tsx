import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSummary } from '@shared/domain/teams';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { asApiError } from '../../api';
import { describeError } from '../../errors';
import { showError, showSuccess } from '../../stores/toastStore';
import { activeTeams, archivedTeams, useTeamStore } from '../../stores/teamStore';
import { DeleteTeamDialog } from './DeleteTeamDialog';
import { TeamDialog } from './TeamDialog';
import { TeamList } from './TeamList';

type Editing =
  { kind: 'new' } | { kind: 'edit'; team: TeamSummary } | { kind: 'delete'; team: TeamSummary } | null;

export function TeamsScreen() {
  const { t } = useTranslation();
  const teams = useTeamStore((state) => state.teams);
  const status = useTeamStore((state) => state.status);
  const error = useTeamStore((state) => state.error);
  const load = useTeamStore((state) => state.load);
  const setArchived = useTeamStore((state) => state.setArchived);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const archivedToggleId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  const archive = async (team: TeamSummary, archived: boolean) => {
    try {
      await setArchived(team.id, archived);
      showSuccess(t(archived ? 'teams.archivedToast' : 'teams.restoredToast', { name: team.name }));
    } catch (caught) {
      showError(describeError(asApiError(caught), t));
    }
  };

  const archivedCount = archivedTeams(teams).length;
  const shown = showArchived ? teams : activeTeams(teams);
  const newTeamButton = (
    <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'new' })}>
      <Icon name="plus" />
      {t('teams.newTeam')}
    </button>
  );

  return (
    <>
      <PageHeader title={t('teams.title')} subtitle={t('teams.subtitle')} actions={newTeamButton} />
      <LoadState parts={[{ status, error }]} onRetry={() => void load()}>
        {() => (
          <>
            {archivedCount > 0 && (
              <div className="toolbar">
                <label className="switch" htmlFor={archivedToggleId}>
                  <input
                    id={archivedToggleId}
                    type="checkbox"
                    role="switch"
                    checked={showArchived}
                    onChange={(event) => setShowArchived(event.target.checked)}
                  />
                  <span className="switch__track" aria-hidden="true" />
                  <span>{t('teams.showArchived')}</span>
                </label>
                <span className="toolbar__note">{t('teams.archivedCount', { count: archivedCount })}</span>
              </div>
            )}
            {shown.length > 0 ? (
              <TeamList
                teams={shown}
                onEdit={(team) => setEditing({ kind: 'edit', team })}
                onSetArchived={(team, archived) => void archive(team, archived)}
                onDelete={(team) => setEditing({ kind: 'delete', team })}
              />
            ) : archivedCount > 0 ? (
              <EmptyState icon="archive" title={t('teams.allArchivedTitle')}>
                {t('teams.allArchivedText')}
              </EmptyState>
            ) : (
              <EmptyState icon="teams" title={t('teams.emptyTitle')} actions={newTeamButton}>
                {t('teams.emptyText')}
              </EmptyState>
            )}
          </>
        )}
      </LoadState>
      {editing?.kind === 'new' && <TeamDialog onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && <TeamDialog team={editing.team} onClose={() => setEditing(null)} />}
      {editing?.kind === 'delete' && (
        <DeleteTeamDialog team={editing.team} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { TeamSummary } from '@shared/domain/teams';
import { ArchivedBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Swatch, Truncate } from '../../components/Text';
import { formatNumber } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';

export function TeamList({
  teams,
  onEdit,
  onSetArchived,
  onDelete,
}: {
  teams: readonly TeamSummary[];
  onEdit: (team: TeamSummary) => void;
  onSetArchived: (team: TeamSummary, archived: boolean) => void;
  onDelete: (team: TeamSummary) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-card">
      <table className="table" aria-label={t('teams.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('teams.columns.team')}</th>
            <th scope="col" className="col-client">
              {t('teams.columns.client')}
            </th>
            <th scope="col" className="col-number">
              {t('teams.columns.plans')}
            </th>
            <th scope="col" className="col-actions col-actions--rate">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.id} className={team.archived ? 'is-archived' : undefined}>
              <th scope="row">
                <div className="stacked">
                  <span className="team-name">
                    <Swatch colour={team.colour} />
                    <a href={hashOf('team', { id: team.id })} className="team-link">
                      <Truncate text={team.name} className="strong" />
                    </a>
                    {team.archived && <ArchivedBadge />}
                  </span>
                  {team.serviceScope && (
                    <Truncate text={team.serviceScope} className="muted small indent-swatch" />
                  )}
                </div>
              </th>
              <td className="col-client">
                <Truncate text={team.client} />
              </td>
              <td className="col-number">{formatNumber(team.planCount, language)}</td>
              <td className="col-actions col-actions--rate">
                <div className="row-actions">
                  <a
                    className="row-link"
                    href={hashOf('assess', { id: team.id })}
                    aria-label={t('assess.rateNamed', { name: team.name })}
                    title={t('assess.rateTeam')}
                  >
                    <Icon name="rate" />
                    {t('assess.rate')}
                  </a>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('teams.editNamed', { name: team.name })}
                    title={t('common.edit')}
                    onClick={() => onEdit(team)}
                  >
                    <Icon name="edit" />
                  </button>
                  {team.archived ? (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('teams.restoreNamed', { name: team.name })}
                      title={t('common.restore')}
                      onClick={() => onSetArchived(team, false)}
                    >
                      <Icon name="restore" />
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('teams.archiveNamed', { name: team.name })}
                      title={t('common.archive')}
                      onClick={() => onSetArchived(team, true)}
                    >
                      <Icon name="archive" />
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('teams.deleteNamed', { name: team.name })}
                    title={t('common.delete')}
                    onClick={() => onDelete(team)}
                  >
                    <Icon name="trash" />
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

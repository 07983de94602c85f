import type { Team } from '@shared/domain/teams';
import { Table } from '../store/table';
import { assessmentsTable } from '../assessments/tables';
import { plansTable } from '../plans/tables';
import { surveysTable } from '../surveys/tables';

export const teamsTable = new Table<Team>({
  entity: 'team',
  table: 'teams',
  label: 'team',
  fields: { name: 'text', client: 'text', serviceScope: 'text', colour: 'text', archived: 'bool' },
  children: [
    { table: () => plansTable, foreignKey: 'teamId', onDelete: 'cascade' },
    { table: () => assessmentsTable, foreignKey: 'teamId', onDelete: 'cascade' },
    { table: () => surveysTable, foreignKey: 'teamId', onDelete: 'cascade' },
  ],
  scope: (row) => ({ planId: null, teamId: row.id }),
});

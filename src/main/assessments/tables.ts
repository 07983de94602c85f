import type { Assessment, AssessmentScore } from '@shared/domain/assessments';
import { Table } from '../store/table';

export const scoresTable = new Table<AssessmentScore>({
  entity: 'score',
  table: 'assessment_scores',
  label: 'score',
  fields: { assessmentId: 'text', dimensionId: 'text', level: 'int', evidence: 'text' },
  scope: (row, reader) => ({
    planId: null,
    teamId: reader.teamOf('assessments', row.assessmentId as string),
  }),
});

export const assessmentsTable = new Table<Assessment>({
  entity: 'assessment',
  table: 'assessments',
  label: 'assessment',
  fields: {
    teamId: 'text',
    modelId: 'text',
    reviewId: 'text',
    date: 'text',
    source: 'text',
    assessor: 'text',
    note: 'text',
  },
  children: [{ table: () => scoresTable, foreignKey: 'assessmentId', onDelete: 'cascade' }],
  scope: (row) => ({ planId: null, teamId: row.teamId as string }),
});

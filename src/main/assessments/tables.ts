import type { Assessment, AssessmentScore } from '@shared/domain/assessments';
import { prepared } from '../db/statements';
import { Table } from '../store/table';

export const scoresTable = new Table<AssessmentScore>({
  entity: 'score',
  table: 'assessment_scores',
  label: 'score',
  fields: { assessmentId: 'text', dimensionId: 'text', level: 'int', evidence: 'text' },
  scope: (row, db) => ({
    planId: null,
    teamId: prepared(db, 'SELECT team_id FROM assessments WHERE id = ?', 'pluck').get(
      row.assessmentId,
    ) as string,
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

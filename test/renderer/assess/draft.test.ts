import { describe, expect, it } from 'vitest';
import type { AssessmentDetail } from '@shared/domain/assessments';
import {
  changedFields,
  draftOf,
  isDirty,
  scoresChanged,
  scoresOf,
  withLevel,
  withPreviousLevels,
} from '../../../src/renderer/screens/assess/draft';

const stamps = { createdAt: '2026-02-10T09:00:00.000Z', updatedAt: '2026-02-10T09:00:00.000Z' };
const saved: AssessmentDetail = {
  id: 'a',
  teamId: 't',
  modelId: 'm',
  reviewId: null,
  date: '2026-02-10',
  source: 'audit',
  assessor: 'Claire',
  note: '',
  ...stamps,
  scores: [
    { id: 's1', assessmentId: 'a', dimensionId: 'sla', level: 2, evidence: 'Report seen', ...stamps },
    { id: 's2', assessmentId: 'a', dimensionId: 'kpi', level: 1, evidence: '', ...stamps },
  ],
};

describe('an assessment in the grid', () => {
  it('starts new, dated today by the user, with nothing rated', () => {
    expect(draftOf(undefined, { today: '2026-03-10', assessor: 'Hugo' })).toEqual({
      date: '2026-03-10',
      source: 'self',
      assessor: 'Hugo',
      note: '',
      levels: {},
      evidence: {},
    });
  });

  it('opens a saved one with its levels and evidence, and saves them back unchanged', () => {
    const draft = draftOf(saved, { today: '2026-03-10', assessor: 'Hugo' });
    expect(draft).toMatchObject({
      date: '2026-02-10',
      source: 'audit',
      assessor: 'Claire',
      levels: { sla: 2, kpi: 1 },
    });
    expect(scoresOf(draft)).toEqual([
      { dimensionId: 'sla', level: 2, evidence: 'Report seen' },
      { dimensionId: 'kpi', level: 1, evidence: '' },
    ]);
    expect(isDirty(draft, draft)).toBe(false);
  });

  it('sets and clears levels; evidence without a level is not saved', () => {
    const draft = draftOf(saved, { today: '2026-03-10', assessor: '' });
    const changed = {
      ...withLevel(withLevel(draft, 'kpi', null), 'sla', 3),
      evidence: { sla: ' Seen ', kpi: 'x' },
    };
    expect(scoresOf(changed)).toEqual([{ dimensionId: 'sla', level: 3, evidence: 'Seen' }]);
    expect(scoresChanged(changed, draft)).toBe(true);
    expect(changedFields(changed, draft)).toEqual({});
    expect(changedFields({ ...draft, date: '2026-02-11', note: 'After the audit' }, draft)).toEqual({
      date: '2026-02-11',
      note: 'After the audit',
    });
  });

  it('fills what is not rated yet with the previous levels, among the dimensions shown', () => {
    const draft = withLevel(draftOf(undefined, { today: '2026-03-10', assessor: '' }), 'sla', 4);
    const previous = new Map([
      ['sla', { level: 2 }],
      ['kpi', { level: 1 }],
      ['retired', { level: 3 }],
    ]);
    expect(withPreviousLevels(draft, previous, ['sla', 'kpi', 'skills']).levels).toEqual({ sla: 4, kpi: 1 });
  });
});

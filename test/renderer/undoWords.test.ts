import { afterEach, describe, expect, it } from 'vitest';
import type { UndoEntry } from '@shared/domain/history';
import { i18n } from '../../src/renderer/i18n/i18n';
import { describeUndoEntry } from '../../src/renderer/undoWords';

const entry = (fields: Partial<UndoEntry>): UndoEntry => ({
  batchId: '00000000-0000-4000-8000-000000000001',
  channel: 'team.update',
  entity: 'team',
  action: 'update',
  label: '',
  changeCount: 1,
  at: '2026-11-28T10:00:00.000Z',
  ...fields,
});

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('describeUndoEntry', () => {
  it('says what the user did, naming the row', () => {
    const t = i18n.getFixedT('en');
    expect(
      describeUndoEntry(entry({ channel: 'step.move', entity: 'step', label: 'Publish SLA report' }), t),
    ).toBe('move “Publish SLA report”');
    expect(
      describeUndoEntry(entry({ channel: 'workshop.moveStep', entity: 'step', label: 'Huddle' }), t),
    ).toBe('move “Huddle”');
    expect(describeUndoEntry(entry({ channel: 'team.update', label: 'Service Desk' }), t)).toBe(
      'change “Service Desk”',
    );
    expect(
      describeUndoEntry(
        entry({ channel: 'plan.create', entity: 'plan', action: 'create', label: 'Plan 2027' }),
        t,
      ),
    ).toBe('add “Plan 2027”');
    expect(
      describeUndoEntry(
        entry({ channel: 'workshop.captureStep', entity: 'step', action: 'create', label: 'Call' }),
        t,
      ),
    ).toBe('add “Call”');
    expect(describeUndoEntry(entry({ channel: 'step.split', entity: 'step', label: 'Big step' }), t)).toBe(
      'split “Big step”',
    );
  });

  it('names the kind of row when it has no name', () => {
    const t = i18n.getFixedT('en');
    expect(
      describeUndoEntry(entry({ channel: 'review.delete', entity: 'review', action: 'delete' }), t),
    ).toBe('delete a review');
    expect(describeUndoEntry(entry({ channel: 'assessment.update', entity: 'assessment' }), t)).toBe(
      'change an assessment',
    );
  });

  it('has its own words for levels recorded and for the sample data', () => {
    const t = i18n.getFixedT('en');
    expect(
      describeUndoEntry(entry({ channel: 'workshop.rate', entity: 'assessment', action: 'create' }), t),
    ).toBe('record levels');
    expect(describeUndoEntry(entry({ channel: 'assessment.setScores', entity: 'score' }), t)).toBe(
      'record levels',
    );
    expect(
      describeUndoEntry(entry({ channel: 'app.loadSampleData', action: 'create', label: 'Service Desk' }), t),
    ).toBe('load the sample data');
  });

  it('speaks French', () => {
    const t = i18n.getFixedT('fr');
    expect(
      describeUndoEntry(entry({ channel: 'step.move', entity: 'step', label: 'Publier le rapport' }), t),
    ).toBe('déplacer «\u00a0Publier le rapport\u00a0»');
    expect(describeUndoEntry(entry({ channel: 'step.delete', entity: 'step', action: 'delete' }), t)).toBe(
      'supprimer un pas',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { changedFields, historyEvent } from '@shared/calc/history';
import type { Change } from '@shared/domain/history';

const id = '0b7c2d1e-3f4a-4b5c-8d6e-7f8091a2b3c4';
const change = (
  entity: Change['entity'],
  action: Change['action'],
  before: object | null,
  after: object | null,
) =>
  ({
    seq: 1,
    batchId: id,
    entity,
    entityId: id,
    action,
    before,
    after,
    at: '2026-11-28T10:00:00.000Z',
    by: 'Claire Martin',
    planId: id,
    teamId: id,
  }) as Change;

const step = { title: 'Publish the SLA report', status: 'todo', position: 1, owner: '', updatedAt: 'a' };

describe('changedFields', () => {
  it('lists what the user changed, not stamps or positions', () => {
    expect(
      changedFields(
        { ...step, description: '' },
        { ...step, owner: 'Hugo', description: 'x', position: 3, updatedAt: 'b' },
      ),
    ).toEqual(['owner', 'description']);
    expect(changedFields(null, step)).toEqual([]);
  });

  it('compares lists by value', () => {
    expect(changedFields({ decisions: ['a'] }, { decisions: ['a'] })).toEqual([]);
    expect(changedFields({ decisions: ['a'] }, { decisions: ['a', 'b'] })).toEqual(['decisions']);
  });
});

describe('historyEvent', () => {
  it('tells a step created, moved, reordered, edited and deleted apart', () => {
    expect(historyEvent(change('step', 'create', null, step))).toEqual({
      kind: 'stepCreated',
      title: 'Publish the SLA report',
      status: 'todo',
    });
    expect(
      historyEvent(change('step', 'update', step, { ...step, status: 'done', doneDate: '2026-11-28' })),
    ).toEqual({ kind: 'stepMoved', title: 'Publish the SLA report', from: 'todo', to: 'done' });
    expect(historyEvent(change('step', 'update', step, { ...step, position: 0.5 }))).toEqual({
      kind: 'stepReordered',
      title: 'Publish the SLA report',
      status: 'todo',
    });
    expect(
      historyEvent(change('step', 'update', step, { ...step, title: 'Publish the report', owner: 'Hugo' })),
    ).toEqual({ kind: 'stepEdited', title: 'Publish the report', fields: ['title', 'owner'] });
    expect(historyEvent(change('step', 'delete', step, null))).toEqual({
      kind: 'stepDeleted',
      title: 'Publish the SLA report',
    });
  });

  it('describes targets by their dimension and levels', () => {
    const target = {
      dimensionId: 'd1',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2026-09-30',
      rationale: '',
    };
    expect(historyEvent(change('target', 'create', null, target))).toEqual({
      kind: 'targetCreated',
      dimensionId: 'd1',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2026-09-30',
    });
    expect(historyEvent(change('target', 'update', target, { ...target, targetLevel: 4 }))).toEqual({
      kind: 'targetEdited',
      dimensionId: 'd1',
      fields: ['targetLevel'],
    });
    expect(historyEvent(change('target', 'delete', target, null))).toEqual({
      kind: 'targetDeleted',
      dimensionId: 'd1',
    });
  });

  it('describes reviews, their links to steps and the plan itself', () => {
    const review = { date: '2026-11-20', kind: 'workshop', notes: '' };
    expect(historyEvent(change('review', 'create', null, review))).toEqual({
      kind: 'reviewCreated',
      date: '2026-11-20',
      reviewKind: 'workshop',
    });
    expect(historyEvent(change('review', 'update', review, { ...review, notes: 'Kick-off' }))).toEqual({
      kind: 'reviewEdited',
      date: '2026-11-20',
      reviewKind: 'workshop',
      fields: ['notes'],
    });
    const link = { reviewId: 'r1', stepId: 's1', action: 'closed' };
    expect(historyEvent(change('reviewStep', 'create', null, link))).toEqual({
      kind: 'stepLinked',
      reviewId: 'r1',
      stepId: 's1',
      action: 'closed',
    });
    expect(historyEvent(change('reviewStep', 'delete', link, null))).toMatchObject({ kind: 'stepUnlinked' });

    const plan = { title: 'Plan 2026', status: 'draft', owner: '' };
    expect(historyEvent(change('plan', 'create', null, plan))).toEqual({
      kind: 'planCreated',
      title: 'Plan 2026',
    });
    expect(historyEvent(change('plan', 'update', plan, { ...plan, status: 'active' }))).toEqual({
      kind: 'planStatus',
      from: 'draft',
      to: 'active',
    });
    expect(historyEvent(change('plan', 'update', plan, { ...plan, owner: 'Claire' }))).toEqual({
      kind: 'planEdited',
      fields: ['owner'],
    });
    expect(historyEvent(change('score', 'create', null, { level: 2 }))).toEqual({
      kind: 'other',
      entity: 'score',
      action: 'create',
    });
  });
});

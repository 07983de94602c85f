import { describe, expect, it } from 'vitest';
import { progressOfRows, targetsByAxis } from '@shared/calc/targets';

const model = {
  axes: [{ id: 'control' }, { id: 'people' }, { id: 'empty' }],
  dimensions: [
    { id: 'sla', axisId: 'control', retired: false },
    { id: 'contract', axisId: 'control', retired: false },
    { id: 'old', axisId: 'control', retired: true },
    { id: 'gone', axisId: 'control', retired: true },
    { id: 'skills', axisId: 'people', retired: false },
    { id: 'retiredOnly', axisId: 'empty', retired: true },
  ],
};
const targets = [
  { id: 't1', dimensionId: 'sla', baselineLevel: 2, targetLevel: 4 },
  { id: 't2', dimensionId: 'old', baselineLevel: 1, targetLevel: 3 },
  { id: 't3', dimensionId: 'skills', baselineLevel: 1, targetLevel: 2 },
];
const currentLevels = [
  { dimensionId: 'sla', level: 3, date: '2026-05-01' },
  { dimensionId: 'skills', level: 4, date: '2026-05-01' },
  { dimensionId: 'contract', level: 2, date: '2026-05-01' },
];

describe('targetsByAxis', () => {
  const groups = targetsByAxis(model, targets, currentLevels);

  it('groups the dimensions by axis, hiding retired ones without a target and empty axes', () => {
    expect(groups.map((g) => [g.axis.id, g.rows.map((r) => r.dimension.id)])).toEqual([
      ['control', ['sla', 'contract', 'old']],
      ['people', ['skills']],
    ]);
  });

  it('puts each target and current level beside its dimension, with its progress', () => {
    const [sla, contract, old] = groups[0]!.rows;
    // SLA: from 2 to 4, now at 3: (3 − 2) / (4 − 2) = 0.5.
    expect(sla).toMatchObject({ target: { id: 't1' }, current: { level: 3 }, progress: 0.5 });
    // No target: no progress, but the current level still shows.
    expect(contract).toMatchObject({ target: null, current: { level: 2 }, progress: null });
    // Never assessed: taken to be at its baseline, so no progress yet.
    expect(old).toMatchObject({ target: { id: 't2' }, current: null, progress: 0 });
    // Skills: from 1 to 2, now at 4: past the target, clamped to 1.
    expect(groups[1]!.rows[0]).toMatchObject({ progress: 1 });
  });

  it('gives the plan’s progress as the mean over the rows with a target', () => {
    // (0.5 + 0 + 1) / 3 = 0.5.
    expect(progressOfRows(groups)).toBe(0.5);
    expect(progressOfRows(targetsByAxis(model, [], currentLevels))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  dimensionHistory,
  levelsBefore,
  scorePoints,
  sparkline,
  type RatedAssessment,
} from '@shared/calc/assessmentHistory';

const assessment = (
  id: string,
  date: string,
  scores: Record<string, number>,
  fields: Partial<RatedAssessment> = {},
): RatedAssessment => ({
  id,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  source: 'self',
  assessor: 'Claire',
  scores: Object.entries(scores).map(([dimensionId, level]) => ({ dimensionId, level, evidence: '' })),
  ...fields,
});

// Listed latest first, as the core lists them.
const assessments = [
  assessment('march', '2026-03-01', { sla: 3 }, { source: 'workshop', assessor: 'Team' }),
  assessment('feb-late', '2026-02-01', { sla: 2, kpi: 2 }, { createdAt: '2026-02-01T15:00:00.000Z' }),
  assessment('feb', '2026-02-01', { sla: 1 }),
  assessment('jan', '2026-01-10', { sla: 1, kpi: 0 }),
];

describe('scorePoints', () => {
  it('lists the scores oldest first, same-day assessments in the order they were written', () => {
    expect(scorePoints(assessments).map((p) => `${p.date} ${p.dimensionId} ${p.level}`)).toEqual([
      '2026-01-10 sla 1',
      '2026-01-10 kpi 0',
      '2026-02-01 sla 1',
      '2026-02-01 sla 2',
      '2026-02-01 kpi 2',
      '2026-03-01 sla 3',
    ]);
  });

  it('leaves out the assessment being edited', () => {
    expect(scorePoints(assessments, 'march').some((p) => p.level === 3)).toBe(false);
  });
});

describe('levelsBefore', () => {
  it('gives the latest level on or before the day, the last written on a shared day', () => {
    // On 15 Feb: sla was rated 1 then 2 on 1 Feb (2 written last); kpi 2 on 1 Feb.
    expect(Object.fromEntries(levelsBefore(assessments, '2026-02-15'))).toEqual({
      sla: { date: '2026-02-01', level: 2 },
      kpi: { date: '2026-02-01', level: 2 },
    });
  });

  it('counts an assessment of the same day, but not the one being edited', () => {
    expect(levelsBefore(assessments, '2026-03-01').get('sla')).toEqual({ date: '2026-03-01', level: 3 });
    expect(levelsBefore(assessments, '2026-03-01', 'march').get('sla')).toEqual({
      date: '2026-02-01',
      level: 2,
    });
  });

  it('knows no level before the first assessment', () => {
    expect(levelsBefore(assessments, '2026-01-09').size).toBe(0);
  });
});

describe('dimensionHistory', () => {
  it('lists one dimension’s levels latest first, with the source and assessor of each', () => {
    expect(dimensionHistory(assessments, 'sla').map((r) => [r.assessmentId, r.level, r.source])).toEqual([
      ['march', 3, 'workshop'],
      ['feb-late', 2, 'self'],
      ['feb', 1, 'self'],
      ['jan', 1, 'self'],
    ]);
    expect(dimensionHistory(assessments, 'kpi').map((r) => r.level)).toEqual([2, 0]);
    expect(dimensionHistory(assessments, 'none')).toEqual([]);
  });
});

describe('sparkline', () => {
  // A 100 × 40 box with 5 of padding: x from 5 to 95, y from 35 (level 0) to 5 (level 5), 6 a level.
  const box = { width: 100, height: 40, minLevel: 0, maxLevel: 5, padding: 5 };

  it('places points by days elapsed and by level', () => {
    // 1 Jan → 31 Jan is 30 days of 60: x = 5 + 90 × 30/60 = 50. Level 4: y = 35 − 4 × 6 = 11.
    const line = sparkline(
      [
        { date: '2026-03-02', level: 5 },
        { date: '2026-01-01', level: 1 },
        { date: '2026-01-31', level: 4 },
      ],
      box,
    );
    expect(line.dots.map((d) => [d.x, d.y])).toEqual([
      [5, 29],
      [50, 11],
      [95, 5],
    ]);
    expect(line.path).toBe('M5 29 L50 11 L95 5');
  });

  it('draws a single point in the middle, with no line', () => {
    expect(sparkline([{ date: '2026-01-01', level: 0 }], box)).toEqual({
      path: '',
      dots: [{ x: 50, y: 35, date: '2026-01-01', level: 0 }],
    });
  });

  it('rounds to a tenth and draws nothing for no points', () => {
    // 1 of 3 days: x = 5 + 90/3 = 35; level 1 of 0–3 in 30: y = 35 − 10 = 25.
    const line = sparkline(
      [
        { date: '2026-01-01', level: 1 },
        { date: '2026-01-02', level: 1 },
        { date: '2026-01-04', level: 2 },
      ],
      { ...box, maxLevel: 3 },
    );
    expect(line.path).toBe('M5 25 L35 25 L95 15');
    expect(sparkline([], box)).toEqual({ path: '', dots: [] });
  });
});

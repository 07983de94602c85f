import { describe, expect, it } from 'vitest';
import { findDimension, parseQuickCapture, readDay, readEffort } from '@shared/quickCapture';

const dimensions = [
  { id: 'd1', key: 'incident-management', name: 'Incident management', nameFr: 'Gestion des incidents' },
  { id: 'd2', key: 'service-desk', name: 'Service desk', nameFr: 'Centre de services' },
  { id: 'd3', key: 'change-enablement', name: 'Change enablement', nameFr: 'Habilitation des changements' },
];
const context = { today: '2026-11-28', dimensions };

describe('parseQuickCapture', () => {
  it('reads every token and keeps the rest as the title', () => {
    expect(
      parseQuickCapture('Review top 10 incidents @Claire due:15/01 #incident ~2d €300 !doing', context),
    ).toEqual({
      title: 'Review top 10 incidents',
      owner: 'Claire',
      dueDate: '2027-01-15',
      dimensionId: 'd1',
      effortDays: 2,
      cost: 300,
      status: 'doing',
      problems: [],
    });
  });

  it('takes tokens anywhere and owners with spaces', () => {
    expect(parseQuickCapture('@"Hugo Bernard" Call the bank ~4h about DR', context)).toMatchObject({
      title: 'Call the bank about DR',
      owner: 'Hugo Bernard',
      effortDays: 0.5,
    });
    expect(parseQuickCapture('Train agents @Amina_Diallo', context).owner).toBe('Amina Diallo');
  });

  it('reports tokens it cannot read, without losing the title', () => {
    const step = parseQuickCapture('Fix it due:31/02/2027 #nothing ~lots', context);
    expect(step.title).toBe('Fix it');
    expect(step.problems).toEqual([
      { token: 'due:31/02/2027', reason: 'date' },
      { token: '#nothing', reason: 'dimension' },
      { token: '~lots', reason: 'effort' },
    ]);
  });

  it('leaves a lone sigil or an e-mail address in the title', () => {
    expect(parseQuickCapture('Mail ops@hexa.example about # 3', context)).toMatchObject({
      title: 'Mail ops@hexa.example about # 3',
    });
  });
});

describe('readDay', () => {
  it('reads day/month as the next such day from today', () => {
    expect(readDay('15/01', '2026-11-28')).toBe('2027-01-15');
    expect(readDay('28/11', '2026-11-28')).toBe('2026-11-28');
    expect(readDay('1/12', '2026-11-28')).toBe('2026-12-01');
  });

  it('reads full dates, ISO dates and offsets', () => {
    expect(readDay('15/01/27', '2026-11-28')).toBe('2027-01-15');
    expect(readDay('2027-03-31', '2026-11-28')).toBe('2027-03-31');
    expect(readDay('+3d', '2026-11-28')).toBe('2026-12-01');
    expect(readDay('+2w', '2026-11-28')).toBe('2026-12-12');
  });

  it('refuses days that do not exist', () => {
    expect(readDay('29/02/2027', '2026-11-28')).toBeNull();
    expect(readDay('2027-13-01', '2026-11-28')).toBeNull();
    expect(readDay('soon', '2026-11-28')).toBeNull();
  });

  it('finds the next 29 February', () => {
    expect(readDay('29/02', '2026-11-28')).toBe('2028-02-29');
  });
});

describe('readEffort', () => {
  it('converts hours and weeks to days', () => {
    expect(readEffort('2d')).toBe(2);
    expect(readEffort('3j')).toBe(3);
    expect(readEffort('1,5')).toBe(1.5);
    expect(readEffort('4h')).toBe(0.5);
    expect(readEffort('1w')).toBe(5);
    expect(readEffort('2x')).toBeNull();
  });
});

describe('findDimension', () => {
  it('matches a key, then the start of a key or name, in either language', () => {
    expect(findDimension('service-desk', dimensions)?.id).toBe('d2');
    expect(findDimension('change', dimensions)?.id).toBe('d3');
    expect(findDimension('centre', dimensions)?.id).toBe('d2');
    expect(findDimension('habilitation', dimensions)?.id).toBe('d3');
    expect(findDimension('incidents', dimensions)?.id).toBe('d1');
    expect(findDimension('problem', dimensions)).toBeUndefined();
    expect(findDimension('gestion', dimensions)?.id).toBe('d1');
  });
});

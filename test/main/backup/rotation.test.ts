import { describe, expect, it } from 'vitest';
import type { BackupKind } from '@shared/domain/backups';
import { backupsToPrune, type Dated } from '../../../src/main/backup/rotation';

const backup = (createdAt: string, kind: BackupKind = 'scheduled'): Dated => ({
  id: `${kind}@${createdAt}`,
  kind,
  createdAt,
});
const now = new Date('2026-04-15T12:00:00.000Z'); // a Wednesday

describe('backupsToPrune', () => {
  it('keeps the newest scheduled backup of each of the last seven days that have one', () => {
    // Two backups a day from 1 to 15 April (Wednesday): the morning one of each day goes, and the days
    // before 9 April go too, except the newest of each of the last four weeks.
    const days = Array.from({ length: 15 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`);
    const backups = days.flatMap((day) => [backup(`${day}T08:00:00.000Z`), backup(`${day}T20:00:00.000Z`)]);
    const kept = backups.filter((b) => !backupsToPrune(backups, now).includes(b.id)).map((b) => b.createdAt);
    expect(kept.sort().reverse()).toEqual([
      '2026-04-15T20:00:00.000Z',
      '2026-04-14T20:00:00.000Z',
      '2026-04-13T20:00:00.000Z',
      '2026-04-12T20:00:00.000Z',
      '2026-04-11T20:00:00.000Z',
      '2026-04-10T20:00:00.000Z',
      '2026-04-09T20:00:00.000Z',
      // Weeks start on Monday: 5 April is the last Sunday of the week of 30 March.
      '2026-04-05T20:00:00.000Z',
    ]);
  });

  it('keeps the newest of each of the last four weeks, however old, when the app was not used', () => {
    // One backup a month: each is the newest of its week and of its day.
    const backups = ['2025-11-03', '2025-12-01', '2026-01-05', '2026-02-02', '2026-03-02'].map((day) =>
      backup(`${day}T09:00:00.000Z`),
    );
    expect(backupsToPrune(backups, now)).toEqual([]);
    const twelve = Array.from({ length: 12 }, (_, i) =>
      backup(new Date(Date.UTC(2025, i, 10, 9)).toISOString()),
    );
    // Twelve days with a backup: seven dailies, and the weeklies are among them.
    expect(backupsToPrune(twelve, now)).toEqual(
      twelve
        .slice(0, 5)
        .map((b) => b.id)
        .reverse(),
    );
  });

  it('keeps other backups thirty days, ten of a kind at most, and always the newest of each kind', () => {
    const backups = [
      backup('2026-04-14T10:00:00.000Z', 'manual'),
      backup('2026-04-14T09:00:00.000Z', 'manual'),
      backup('2026-03-16T12:00:00.000Z', 'manual'), // exactly thirty days old: kept
      backup('2026-03-16T11:59:59.999Z', 'manual'), // older: goes
      backup('2026-01-10T09:00:00.000Z', 'pre-migration'), // old but the only one of its kind: kept
      ...Array.from({ length: 12 }, (_, i) =>
        backup(`2026-04-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`, 'pre-import'),
      ),
    ];
    expect(backupsToPrune(backups, now).sort()).toEqual([
      'manual@2026-03-16T11:59:59.999Z',
      'pre-import@2026-04-01T09:00:00.000Z',
      'pre-import@2026-04-02T09:00:00.000Z',
    ]);
  });

  it('never lets the newest backup go', () => {
    const old = backup('2020-01-01T00:00:00.000Z', 'pre-restore');
    expect(backupsToPrune([old], now)).toEqual([]);
    expect(backupsToPrune([], now)).toEqual([]);
  });
});

/**
 * Which backups to keep: grandfather-father-son for the scheduled ones; the others (asked for by the
 * user, or taken before a migration, an import or a restore) for a while. Pure, so that the policy is
 * tested on dates rather than on files.
 */
import type { BackupKind } from '@shared/domain/backups';

export interface Dated {
  id: string;
  kind: BackupKind;
  /** ISO instant. */
  createdAt: string;
}

export const rotation = {
  /** The newest scheduled backup of each of the last days that have one. */
  dailies: 7,
  /** The newest scheduled backup of each of the last ISO weeks that have one. */
  weeklies: 4,
  /** Any other backup is kept this long… */
  otherDays: 30,
  /** …at most this many of each kind, and the newest of each kind whatever its age. */
  otherPerKind: 10,
};
const dayMs = 24 * 60 * 60 * 1000;

/** `2026-03-10` for an instant, in UTC so that every machine rotates alike. */
const dayOf = (instant: string) => instant.slice(0, 10);

/** The Monday (UTC) of an instant's ISO week, as a day: weeks compare as their first day. */
function weekOf(instant: string): string {
  const date = new Date(`${dayOf(instant)}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

/** The newest backup of each of the `count` most recent periods that have one. */
function newestPerPeriod(backups: readonly Dated[], periodOf: (instant: string) => string, count: number) {
  const newest = new Map<string, Dated>();
  for (const backup of backups) {
    const period = periodOf(backup.createdAt);
    const kept = newest.get(period);
    if (!kept || kept.createdAt < backup.createdAt) newest.set(period, backup);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .slice(0, count)
    .map(([, backup]) => backup.id);
}

/** The ids of the backups the rotation lets go, given the time now. */
export function backupsToPrune(backups: readonly Dated[], now: Date): string[] {
  const byNewest = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<string>();
  // Whatever the rules say, the newest backup stays: it may be the only good copy there is.
  if (byNewest[0]) keep.add(byNewest[0].id);

  const scheduled = byNewest.filter((b) => b.kind === 'scheduled');
  newestPerPeriod(scheduled, dayOf, rotation.dailies).forEach((id) => keep.add(id));
  newestPerPeriod(scheduled, weekOf, rotation.weeklies).forEach((id) => keep.add(id));

  const oldestKept = new Date(now.getTime() - rotation.otherDays * dayMs).toISOString();
  for (const kind of new Set(byNewest.map((b) => b.kind))) {
    if (kind === 'scheduled') continue;
    const ofKind = byNewest.filter((b) => b.kind === kind);
    ofKind.slice(0, 1).forEach((b) => keep.add(b.id));
    ofKind
      .slice(0, rotation.otherPerKind)
      .filter((b) => b.createdAt >= oldestKept)
      .forEach((b) => keep.add(b.id));
  }
  return byNewest.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

import { z } from 'zod';
import { Instant } from './common';

/**
 * Why a backup was taken. Scheduled and manual ones are rotated by day and week; the safety copies taken
 * before a migration, an import or a restore are kept for a while whatever the rotation.
 */
export const backupKinds = ['scheduled', 'manual', 'pre-migration', 'pre-import', 'pre-restore'] as const;
export const BackupKind = z.enum(backupKinds);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup is named by its file in the backup folder; the name never holds a folder. */
export const BackupId = z
  .string()
  .max(255)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.db$/, 'must be the name of a backup file');

export const Backup = z.object({
  id: BackupId,
  kind: BackupKind,
  createdAt: Instant,
  sizeBytes: z.number().int().min(0),
  /** Passed SQLite's `quick_check` when it was taken. */
  verified: z.boolean(),
  /** For a copy taken before a migration: the schema it holds. */
  fromVersion: z.number().int().nullable(),
});
export type Backup = z.infer<typeof Backup>;

export const BackupList = z.object({
  /** Where the backups are, to tell the user; the renderer never sends a path back. */
  folder: z.string(),
  /** Newest first. */
  backups: z.array(Backup),
});
export type BackupList = z.infer<typeof BackupList>;

export const BackupRestore = z.strictObject({ id: BackupId });

export const RestoreOutcome = z.object({
  restored: Backup,
  /** The data as it was just before the restore, kept as a backup so that the restore can be undone. */
  keptAside: Backup,
});
export type RestoreOutcome = z.infer<typeof RestoreOutcome>;

/** The database could not be opened: it was moved aside and the user chooses how to go on. */
export const Recovery = z.object({
  reason: z.enum(['damaged']),
  /** What SQLite said, for support; the UI words the situation itself. */
  detail: z.string(),
  /** The names the damaged files were given, in the data folder. Never deleted. */
  keptAs: z.array(z.string()),
  dataFolder: z.string(),
  /** The newest backup that passed its check when taken, if any. */
  latestBackup: Backup.nullable(),
});
export type Recovery = z.infer<typeof Recovery>;

/** Whether the data can be changed now, and if not, why. */
export const Health = z.object({
  /** Set after the disk filled up: reads work, changes are refused until the user tries again. */
  readOnly: z.object({ reason: z.enum(['disk-full']), since: Instant }).nullable(),
  recovery: Recovery.nullable(),
});
export type Health = z.infer<typeof Health>;

export const RecoverChoice = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('backup'), id: BackupId }),
  z.strictObject({ from: z.literal('empty') }),
]);
export type RecoverChoice = z.infer<typeof RecoverChoice>;

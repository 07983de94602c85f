/** When the core takes a backup on its own, and what still answers while the data is being recovered. */
import type { Channel } from '@shared/contract';

/**
 * The channels that import data: each is preceded by a backup. They are the ones named `*.applyImport`;
 * a test keeps any other channel mentioning imports from writing without one.
 */
export const isImport = (channel: Channel): boolean => channel.endsWith('.applyImport');

/** The channels that preview an import: each starts the backup its import will need. */
export const isImportPreview = (channel: Channel): boolean => channel.endsWith('.previewImport');

/** What answers while the data file could not be opened: enough to choose a backup or a fresh start. */
export const answersInRecovery: ReadonlySet<Channel> = new Set<Channel>([
  'app.health',
  'app.recover',
  'backup.list',
  'backup.openFolder',
]);

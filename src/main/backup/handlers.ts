/** The backup and recovery channels: they work on the data file itself, through the core's maintenance. */
import { mkdirSync } from 'node:fs';
import { defineTasks } from '../core/handler';

export const backupTasks = defineTasks({
  'app.health': async (_input, { maintenance }) => maintenance.health,
  'app.resumeWriting': async (_input, { maintenance }) => maintenance.resumeWriting(),
  'app.recover': (choice, { maintenance }) => maintenance.recover(choice),
  'backup.list': async (_input, { maintenance }) => maintenance.listBackups(),
  'backup.now': (_input, { maintenance }) => maintenance.backupNow('manual'),
  'backup.restore': ({ id }, { maintenance }) => maintenance.restore(id),
  'backup.openFolder': async (_input, { maintenance, folders }) => {
    // The folder exists only once a first backup was taken; an empty one is still worth showing.
    mkdirSync(maintenance.backupFolder, { recursive: true });
    await folders.open(maintenance.backupFolder);
    return null;
  },
});

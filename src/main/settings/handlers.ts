import { defineHandlers } from '../core/handler';
import { readSettings, writeSettings } from './repository';

export const settingsHandlers = defineHandlers({
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (update, { db, now }) => writeSettings(db, update, now),
});

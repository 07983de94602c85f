import { defaultSettings } from '@shared/domain/constants';
import { Settings, type SettingsUpdate } from '@shared/domain/settings';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';

/** Settings are a few named values; any missing or unreadable one falls back to its default. */
export function readSettings(db: Db): Settings {
  const stored = Object.fromEntries(
    (prepared(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[]).map((r) => [
      r.key,
      JSON.parse(r.value) as unknown,
    ]),
  );
  const settings = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    if (!Object.hasOwn(stored, key)) continue;
    const parsed = Settings.shape[key].safeParse(stored[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

export function writeSettings(db: Db, update: SettingsUpdate, now: string): Settings {
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  for (const [key, value] of Object.entries(update)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value), now);
  }
  return readSettings(db);
}

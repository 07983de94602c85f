import { create } from 'zustand';
import { defaultSettings } from '@shared/domain/constants';
import type { Language, Settings, SettingsUpdate } from '@shared/domain/settings';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface SettingsState extends Loadable {
  settings: Settings | null;
  load(): Promise<void>;
  reload(): Promise<void>;
  update(patch: SettingsUpdate): Promise<Settings>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  ...notLoaded,
  settings: null,
  ...listLoader(
    set,
    get,
    () => call('settings.get', {}),
    (settings) => ({ settings }),
  ),
  update: async (patch) => {
    const settings = await call('settings.update', patch);
    set({ settings, status: 'ready', error: null });
    return settings;
  },
}));

export const languageOf = (state: { settings: Settings | null }): Language =>
  state.settings?.language ?? defaultSettings.language;

/** The language the user chose, for formatting dates, numbers and model names. */
export const useLanguage = (): Language => useSettingsStore(languageOf);

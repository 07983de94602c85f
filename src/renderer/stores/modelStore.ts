import { create } from 'zustand';
import type { ModelSummary } from '@shared/domain/models';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface ModelState extends Loadable {
  /** Built-in models first, then the user's, as the core orders them. */
  models: ModelSummary[];
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useModelStore = create<ModelState>()((set, get) => ({
  ...notLoaded,
  models: [],
  ...listLoader(
    set,
    get,
    () => call('model.list', {}),
    (models) => ({ models }),
  ),
}));

export const builtinModels = (models: readonly ModelSummary[]) =>
  models.filter((model) => model.builtinKey !== null);
export const userModels = (models: readonly ModelSummary[]) =>
  models.filter((model) => model.builtinKey === null);

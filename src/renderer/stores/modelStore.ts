import { create } from 'zustand';
import type { MaturityModel, ModelCreate, ModelDetail, ModelSummary } from '@shared/domain/models';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface ModelState extends Loadable {
  /** Built-in models first, then the user's, as the core orders them. */
  models: ModelSummary[];
  load(): Promise<void>;
  reload(): Promise<void>;
  create(input: ModelCreate): Promise<MaturityModel>;
  /** Copies a model, built-in ones typically, to adapt it. */
  copy(id: string, name: string): Promise<ModelDetail>;
  remove(id: string): Promise<void>;
  /** Gives a model the level scale of another one, labels and descriptions in both languages. */
  copyScale(fromId: string, toId: string): Promise<void>;
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
  create: (input) => call('model.create', input),
  copy: (id, name) => call('model.copy', { id, name }),
  remove: async (id) => void (await call('model.delete', { id })),
  copyScale: async (fromId, toId) => {
    const { levels } = await call('model.get', { id: fromId });
    for (const { value, label, labelFr, description, descriptionFr } of levels) {
      await call('level.create', { modelId: toId, value, label, labelFr, description, descriptionFr });
    }
  },
}));

export const builtinModels = (models: readonly ModelSummary[]) =>
  models.filter((model) => model.builtinKey !== null);
export const userModels = (models: readonly ModelSummary[]) =>
  models.filter((model) => model.builtinKey === null);

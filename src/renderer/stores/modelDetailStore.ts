import { create } from 'zustand';
import type { Input } from '@shared/contract';
import type { ModelDetail } from '@shared/domain/models';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** The maturity model open on the models screen: its scale, axes and dimensions, and how to change them. */
interface ModelDetailState extends Loadable {
  modelId: string | null;
  model: ModelDetail | null;
  /** Shows a model: loads it unless it is the one already shown. */
  open(modelId: string): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
  updateModel(input: Input<'model.update'>): Promise<void>;
  createLevel(input: Input<'level.create'>): Promise<void>;
  updateLevel(input: Input<'level.update'>): Promise<void>;
  deleteLevel(id: string): Promise<void>;
  createAxis(input: Input<'axis.create'>): Promise<void>;
  updateAxis(input: Input<'axis.update'>): Promise<void>;
  deleteAxis(id: string): Promise<void>;
  createDimension(input: Input<'dimension.create'>): Promise<void>;
  updateDimension(input: Input<'dimension.update'>): Promise<void>;
  deleteDimension(id: string): Promise<void>;
}

export const useModelDetailStore = create<ModelDetailState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => {
      const modelId = get().modelId;
      if (modelId === null) throw new Error('No model is open.');
      return call('model.get', { id: modelId });
    },
    (model) => ({ model }),
  );
  // Each change lands through `data.changed`, which reloads the model; reloading here too shows it sooner.
  const thenReload = async (work: Promise<unknown>) => {
    await work;
    await loader.reload();
  };
  return {
    ...notLoaded,
    modelId: null,
    model: null,
    ...loader,
    open: async (modelId) => {
      if (get().modelId !== modelId) set({ modelId, model: null, ...notLoaded });
      await loader.load();
    },
    updateModel: (input) => thenReload(call('model.update', input)),
    createLevel: (input) => thenReload(call('level.create', input)),
    updateLevel: (input) => thenReload(call('level.update', input)),
    deleteLevel: (id) => thenReload(call('level.delete', { id })),
    createAxis: (input) => thenReload(call('axis.create', input)),
    updateAxis: (input) => thenReload(call('axis.update', input)),
    deleteAxis: (id) => thenReload(call('axis.delete', { id })),
    createDimension: (input) => thenReload(call('dimension.create', input)),
    updateDimension: (input) => thenReload(call('dimension.update', input)),
    deleteDimension: (id) => thenReload(call('dimension.delete', { id })),
  };
});

/** The dimensions of one axis, in order. */
export const dimensionsOfAxis = (model: ModelDetail, axisId: string) =>
  model.dimensions.filter((dimension) => dimension.axisId === axisId);

/** Built-in models are reference content: they are copied to be adapted. */
export const isBuiltin = (model: { builtinKey: string | null }) => model.builtinKey !== null;

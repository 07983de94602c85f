import { asApiError, type ApiError } from '../api';

/** Where a list stands: never asked, first load under way, shown, or failed (with why). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Loadable {
  status: LoadStatus;
  error: ApiError | null;
}

export const notLoaded: Loadable = { status: 'idle', error: null };

type Setter<S> = (partial: Partial<S>) => void;

/**
 * Builds the load and reload actions of a store holding one list. Only the latest answer lands, so a
 * slow early load cannot overwrite a fresh reload; a reload keeps the list on screen while it runs.
 */
export function listLoader<S extends Loadable, T>(
  set: Setter<S>,
  get: () => S,
  fetch: () => Promise<T>,
  apply: (value: T) => Partial<S>,
) {
  let latest = 0;
  const run = async () => {
    const mine = ++latest;
    if (get().status !== 'ready') set({ status: 'loading', error: null } as Partial<S>);
    try {
      const value = await fetch();
      if (mine === latest) set({ ...apply(value), status: 'ready', error: null });
    } catch (error) {
      if (mine === latest) set({ status: 'error', error: asApiError(error) } as Partial<S>);
    }
  };
  return {
    /** Loads unless already shown or on its way. */
    load: async () => {
      const { status } = get();
      if (status === 'idle' || status === 'error') await run();
    },
    /** Loads again, if anyone asked for this list before. */
    reload: async () => {
      if (get().status !== 'idle') await run();
    },
  };
}

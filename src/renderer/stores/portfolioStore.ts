import { create } from 'zustand';
import type { PortfolioCompareQuery, PortfolioQuery } from '@shared/domain/dashboards';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** A store of the answer to one query of the portfolio's, held as `key`. */
type QueryState<Q, K extends string, T> = Loadable & {
  query: Q | null;
  /** Shows the answer for these filters: loads it unless it is the one already shown. */
  open(query: Q): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
} & { [P in K]: T | null };

/**
 * A store that shows the answer for a query: loads it unless it is the one already shown. The former
 * answer stays on screen until the new one lands.
 */
function queryStore<Q, K extends string, T>(key: K, fetch: (query: Q) => Promise<T>) {
  type State = QueryState<Q, K, T>;
  return create<State>()((set, get) => {
    const loader = listLoader(
      set,
      get,
      () => {
        const { query } = get();
        if (query === null) throw new Error('No query is chosen.');
        return fetch(query);
      },
      (value) => ({ [key]: value }) as Partial<State>,
    );
    const open = async (query: Q) => {
      if (JSON.stringify(get().query) !== JSON.stringify(query)) {
        set({ query } as Partial<State>);
        if (get().status !== 'idle') return loader.reload();
      }
      return loader.load();
    };
    return { ...notLoaded, query: null, [key]: null, ...loader, open } as State;
  });
}

/** The portfolio's heatmaps on screen, for the filters of the address. */
export const usePortfolioStore = queryStore('portfolio', (query: PortfolioQuery) =>
  call('portfolio.get', query),
);

/**
 * The portfolio's watch list, for the same filters: asked for beside the heatmaps, each a short request
 * to the core, and drawn when it lands.
 */
export const useWatchListStore = queryStore('watchList', (query: PortfolioQuery) =>
  call('portfolio.watchList', query),
);

/** "What changed" between two days, in the portfolio's filters. */
export const useChangesStore = queryStore('comparison', (query: PortfolioCompareQuery) =>
  call('portfolio.compare', query),
);

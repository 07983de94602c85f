import { create } from 'zustand';
import type {
  PortfolioComparison,
  PortfolioHeatmaps,
  PortfolioQuery,
  PortfolioWatchList,
} from '@shared/domain/dashboards';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

/** The portfolio's heatmaps on screen, for the filters of the address. */
interface PortfolioState extends Loadable {
  query: PortfolioQuery | null;
  portfolio: PortfolioHeatmaps | null;
  /** Shows the portfolio for these filters: loads it unless it is the one already shown. */
  open(query: PortfolioQuery): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * Shows the result for a query: loads it unless it is the one already shown. The former result stays on
 * screen until the new one lands.
 */
function opener<Q>(
  get: () => Loadable & { query: Q | null },
  set: (partial: { query: Q }) => void,
  loader: { load(): Promise<void>; reload(): Promise<void> },
) {
  return async (query: Q) => {
    if (JSON.stringify(get().query) !== JSON.stringify(query)) {
      set({ query });
      if (get().status !== 'idle') return loader.reload();
    }
    return loader.load();
  };
}

export const usePortfolioStore = create<PortfolioState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => call('portfolio.get', get().query ?? {}),
    (portfolio) => ({ portfolio }),
  );
  return {
    ...notLoaded,
    query: null,
    portfolio: null,
    ...loader,
    open: opener(get, set, loader),
  };
});

/**
 * The portfolio's watch list, for the same filters: asked for beside the heatmaps, each a short request
 * to the core, and drawn when it lands.
 */
interface WatchListState extends Loadable {
  query: PortfolioQuery | null;
  watchList: PortfolioWatchList | null;
  open(query: PortfolioQuery): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useWatchListStore = create<WatchListState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => call('portfolio.watchList', get().query ?? {}),
    (watchList) => ({ watchList }),
  );
  return {
    ...notLoaded,
    query: null,
    watchList: null,
    ...loader,
    open: opener(get, set, loader),
  };
});

/** "What changed" between two days, in the portfolio's filters. */
interface ChangesState extends Loadable {
  query: (PortfolioQuery & { from: string; to: string }) | null;
  comparison: PortfolioComparison | null;
  open(query: PortfolioQuery & { from: string; to: string }): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
}

export const useChangesStore = create<ChangesState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => {
      const query = get().query;
      if (query === null) throw new Error('No period is chosen.');
      return call('portfolio.compare', query);
    },
    (comparison) => ({ comparison }),
  );
  return {
    ...notLoaded,
    query: null,
    comparison: null,
    ...loader,
    open: opener(get, set, loader),
  };
});

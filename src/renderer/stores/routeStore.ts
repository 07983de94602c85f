import { create } from 'zustand';
import { hashOf, parseHash, type Route, type Screen } from '../routes';

interface RouteState {
  route: Route;
  navigate(screen: Screen, params?: Record<string, string | undefined>): void;
  /** Follows the address bar: links, back and forward, and tests opening a screen directly. */
  syncFromLocation(): void;
}

export const useRouteStore = create<RouteState>()((set) => ({
  route: parseHash(window.location.hash),
  navigate: (screen, params = {}) => {
    const hash = hashOf(screen, params);
    set({ route: parseHash(hash) });
    if (window.location.hash !== hash) window.location.hash = hash;
  },
  syncFromLocation: () => set({ route: parseHash(window.location.hash) }),
}));

/** Keeps the route in step with the hash; returns what stops it. */
export function followLocation(): () => void {
  const sync = () => useRouteStore.getState().syncFromLocation();
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads on first use, or earlier when `preload` is called, showing `fallback`
 * until it is in. It does not suspend as `lazy` does: React draws a suspended screen's retry in slices
 * and holds back its reveal, which kept the screen the app opens on from the user for half a second.
 */
export function preloadable(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () => (loading ??= load().then((module) => (loaded = module.default)));

  function Preloaded({ fallback }: { fallback: ReactNode }) {
    const [Component, setComponent] = useState(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (Component) return;
      let mounted = true;
      preload().then(
        (component) => mounted && setComponent(() => component),
        (error: unknown) => mounted && setFailure({ error }),
      );
      return () => {
        mounted = false;
      };
    }, [Component]);
    // Thrown while rendering, as `lazy` throws a failed load.
    if (failure) throw failure.error;
    return Component ? <Component /> : fallback;
  }
  return { preload, Component: Preloaded };
}

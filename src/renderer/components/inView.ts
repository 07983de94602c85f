import { useLayoutEffect, useRef, useState } from 'react';

/** The element that scrolls the app's screens (its main area), if `element` is in one; else the window does. */
export const scrollAreaOf = (element: Element): Element | null => element.closest('[data-scroll-area]');

/** Whether any of `element` is in the scrolled view now (laid out: the rectangle it would be drawn in). */
export function isInView(element: Element): boolean {
  const view = scrollAreaOf(element)?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const { top, bottom } = element.getBoundingClientRect();
  return top <= view.bottom && bottom >= view.top;
}

/**
 * A place for a part of a screen that loads on its own, and whether that place is in view once laid out
 * (null until then): measured before the first frame is painted, so that the screen's drawn mark waits for
 * the part only when the user sees it.
 */
export function usePlaceInView<E extends Element>() {
  const place = useRef<E>(null);
  const [inView, setInView] = useState<boolean | null>(null);
  useLayoutEffect(() => {
    if (place.current) setInView(isInView(place.current));
  }, []);
  return [place, inView] as const;
}

/** The element that scrolls the app's screens (its main area), if `element` is in one; else the window does. */
export const scrollAreaOf = (element: Element): Element | null => element.closest('[data-scroll-area]');

/** Whether any of `element` is in the scrolled view now (laid out: the rectangle it would be drawn in). */
export function isInView(element: Element): boolean {
  const view = scrollAreaOf(element)?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const { top, bottom } = element.getBoundingClientRect();
  return top <= view.bottom && bottom >= view.top;
}

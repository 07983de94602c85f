import { useLayoutEffect, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Lists up to this long render whole; longer ones render only the rows in view, and a few around. */
export const virtualFrom = 100;

/** Marks the element that scrolls the screen (the app's main area): long lists follow its scrolling. */
export const scrollAreaProps = { 'data-scroll-area': '' } as const;

export interface VirtualRows<E extends HTMLElement> {
  /** On the element that holds the rows (a `tbody`, an `ol`): where the list starts in the scroll area. */
  attachList: (list: E | null) => void;
  /** The indexes of the rows to render, in order. */
  indexes: number[];
  /** The space the rows not rendered would take above and below the ones that are, in pixels. */
  before: number;
  after: number;
  /** On each rendered row, with `data-index`: measures it, so that rows of any height scroll right. */
  measure: ((row: Element | null) => void) | undefined;
  /** Scrolls the area so that the row at `index` is drawn and in view (the keyboard moving to it). */
  scrollToIndex: (index: number) => void;
}

const everyIndex = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * Virtualises a long list scrolled by the app's scroll area (@tanstack/react-virtual): only the rows in
 * view are in the DOM, the others stand in as space before and after them. Short lists render whole, so
 * that what is short stays simple to read, find and test.
 */
export function useVirtualRows<E extends HTMLElement>(
  count: number,
  estimatedHeight: number,
  {
    sideBySide = false,
    overscan = 8,
  }: {
    sideBySide?: boolean;
    /** How many rows to render beyond each end of the view, ready before they scroll into it. */
    overscan?: number;
  } = {},
): VirtualRows<E> {
  const [list, attachList] = useState<E | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // A list laid out as a flex column puts a gap between its items (a board's cards): counted in.
  const [gap, setGap] = useState(0);
  const enabled = count > virtualFrom;
  const virtualizer = useVirtualizer({
    count,
    enabled,
    overscan,
    scrollMargin,
    gap,
    estimateSize: () => estimatedHeight,
    getScrollElement: () => list?.closest<HTMLElement>('[data-scroll-area]') ?? null,
  });
  // Lists side by side in one scroll area (a board's columns) must not each move the area when their own
  // rows turn out taller than estimated: their moves would undo one another's.
  if (sideBySide) virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;

  // Where the list starts in the scroll area moves with what is drawn above it (filters, a form).
  useLayoutEffect(() => {
    const area = list?.closest<HTMLElement>('[data-scroll-area]');
    if (!enabled || !list || !area) return;
    const update = () => {
      const margin = list.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop;
      setScrollMargin((previous) => (Math.abs(margin - previous) >= 1 ? margin : previous));
    };
    update();
    setGap(Number.parseFloat(getComputedStyle(list).rowGap) || 0);
    const observer = new ResizeObserver(update);
    for (const child of area.children) observer.observe(child);
    return () => observer.disconnect();
  }, [enabled, list]);

  if (!enabled) {
    return {
      attachList,
      indexes: everyIndex(count),
      before: 0,
      after: 0,
      measure: undefined,
      scrollToIndex: noScroll,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  // The space a spacer stands for is less the gap that the list puts between the spacer and the rows.
  return {
    attachList,
    indexes: items.map((item) => item.index),
    before: first ? Math.max(0, first.start - scrollMargin - gap) : 0,
    after: last
      ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin) - gap)
      : virtualizer.getTotalSize(),
    measure: virtualizer.measureElement,
    // Written to the scroll area as a user's scrolling would be, not by the virtualizer's own scrolling:
    // several lists share the area (a board's columns), and each must read the move as any other.
    scrollToIndex: (index) => {
      const area = list?.closest<HTMLElement>('[data-scroll-area]');
      const offset = virtualizer.getOffsetForIndex(index, 'center')?.[0];
      if (area && offset !== undefined) area.scrollTop = offset;
    },
  };
}

// A list drawn whole has every row in the DOM: the focus moving to one scrolls it into view.
const noScroll = () => undefined;

/** Stands in for the items of a list (`ol`, `ul`) not rendered, above or below those that are. */
export function SpacerItem({ height }: { height: number }) {
  if (height <= 0) return null;
  return <li className="virtual-spacer" aria-hidden="true" style={{ height }} />;
}

/** Stands in for the table rows not rendered, above or below those that are. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr className="virtual-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

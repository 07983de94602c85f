import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { ResponsiveContainer } from 'recharts';
import { isInView, scrollAreaOf } from '../components/inView';

/** How far below the scrolled view a chart starts being drawn, in pixels: ready when scrolled to. */
const drawAhead = 800;

/**
 * A chart's plot, as wide as its figure and `height` pixels tall, drawn once it comes near the view: a
 * screen of many charts draws those in view in the same frame as the rest of the screen, and the others
 * as they are scrolled near, each standing as empty space of its size until then. Printing draws them all.
 */
export function ChartPlot({ height, children }: { height: number; children: ReactElement }) {
  const box = useRef<HTMLDivElement>(null);
  // The plot's width once it is drawn; recharts then follows its resizing.
  const [width, setWidth] = useState<number | null>(null);
  const drawn = width !== null;

  useLayoutEffect(() => {
    const element = box.current;
    if (drawn || !element) return;
    const draw = () => setWidth(element.getBoundingClientRect().width);
    if (isInView(element)) {
      // In view: drawn before this frame is painted, with the rest of the screen.
      draw();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) draw();
      },
      {
        root: scrollAreaOf(element),
        rootMargin: `${drawAhead}px 0px`,
      },
    );
    observer.observe(element);
    // The browser lays the page out for print right after this event: the chart must be there.
    const drawForPrint = () => flushSync(draw);
    window.addEventListener('beforeprint', drawForPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', drawForPrint);
    };
  }, [drawn]);

  return (
    <div ref={box} className="chart-plot" style={{ height }}>
      {drawn && (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

/**
 * jsdom lays nothing out, so charts (recharts' ResponsiveContainer) would measure 0 × 0 and draw
 * nothing: this observer reports every element at a laptop's chart size, as soon as it is observed.
 */
class SizedResizeObserver implements ResizeObserver {
  static readonly size = { width: 640, height: 360 };
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const { width, height } = SizedResizeObserver.size;
    const contentRect = { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height };
    const entry = { target, contentRect: { ...contentRect, toJSON: () => contentRect } };
    this.callback([entry as unknown as ResizeObserverEntry], this); // jsdom has no ResizeObserverEntry to build
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= SizedResizeObserver;

import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BurnUpChart } from '../../../src/renderer/charts/BurnUpChart';
import '../../../src/renderer/i18n/i18n';

const points = [
  { date: '2026-01-05', done: 0, total: 2 },
  { date: '2026-01-12', done: 1, total: 3 },
];

/**
 * jsdom lays nothing out and has no IntersectionObserver: here the app's scroll area shows its first
 * 800 px and every chart's plot starts 2,000 px down, and the test says when a plot comes near the view.
 */
class TestIntersectionObserver {
  static readonly observers: TestIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    TestIntersectionObserver.observers.push(this);
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.observed.length = 0;
  }
  /** The observed plots come within the observer's margin of the view. */
  scrolledNear(): void {
    const entries = this.observed.map((target) => ({ target, isIntersecting: true }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

function rect(top: number, height: number): DOMRect {
  const box = { x: 0, y: top, left: 0, top, width: 640, height, right: 640, bottom: top + height };
  return { ...box, toJSON: () => box };
}

beforeEach(() => {
  TestIntersectionObserver.observers.length = 0;
  vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.hasAttribute('data-scroll-area')) return rect(0, 800);
    return this.classList.contains('chart-plot') ? rect(2000, 260) : rect(0, 0);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderBelowTheView() {
  return render(
    <main data-scroll-area="">
      <BurnUpChart title="Burn-up" points={points} />
    </main>,
  );
}

describe('ChartPlot', () => {
  it('leaves a chart below the view as space of its size, and draws it as it comes near', () => {
    const { container } = renderBelowTheView();
    const plot = container.querySelector<HTMLElement>('.chart-plot')!;
    expect(plot.style.height).toBe('260px');
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(0);
    const [observer] = TestIntersectionObserver.observers;
    // Watched against the scroll area, drawn ahead of it.
    expect(observer!.options.root).toBe(container.querySelector('main'));
    expect(observer!.options.rootMargin).toMatch(/^[1-9]\d*px 0px$/);
    act(() => observer!.scrolledNear());
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect(observer!.observed).toHaveLength(0);
  });

  it('draws every chart not yet scrolled to before the page is printed', () => {
    const { container } = renderBelowTheView();
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2);
  });
});

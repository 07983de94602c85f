import { Component as ClassComponent, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../../src/renderer/components/preloadable';

/** A screen's code that arrives when the test says so. */
function pendingScreen() {
  let arrive: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let loads = 0;
  const code = new Promise<{ default: () => React.JSX.Element }>((resolve, reject) => {
    arrive = () => resolve({ default: () => <h1>The screen</h1> });
    fail = reject;
  });
  const load = () => {
    loads += 1;
    return code;
  };
  return { load, arrive: () => arrive(), fail: (error: Error) => fail(error), loads: () => loads };
}

/** Shows what its children threw while rendering. */
class Caught extends ClassComponent<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('preloadable', () => {
  it('shows the fallback until the code is in, then the screen, loading the code once', async () => {
    const code = pendingScreen();
    const { Component } = preloadable(code.load);
    render(<Component fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();

    await act(async () => code.arrive());
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(code.loads()).toBe(1);
  });

  it('renders the screen at once, without the fallback, when its code was preloaded', async () => {
    const code = pendingScreen();
    const { preload, Component } = preloadable(code.load);
    const preloaded = preload();
    code.arrive();
    await preloaded;

    render(<Component fallback={<p>Loading…</p>} />);
    // No waiting: the first render shows the screen.
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    expect(code.loads()).toBe(1);
  });

  it('throws a failed load while rendering, as lazy does', async () => {
    const code = pendingScreen();
    const { Component } = preloadable(code.load);
    // React reports what a boundary caught on the console: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Caught>
        <Component fallback={<p>Loading…</p>} />
      </Caught>,
    );
    await act(async () => code.fail(new Error('The chunk is missing.')));
    expect(screen.getByRole('alert')).toHaveTextContent('The chunk is missing.');
  });
});
